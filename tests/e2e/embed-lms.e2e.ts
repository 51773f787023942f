/**
 * Results an LMS can record: a host page on another origin embeds the viewer in quiz mode, gives
 * it a learner with `setLearner`, and receives one xAPI statement per answered question and one
 * for the round, with the scores the quiz gave. The viewer itself sends nothing anywhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { XapiStatement } from '../../src/domain/learning-records';
import { generateQuiz } from '../../src/domain/quiz';
import { launchChromium } from './chromium';
import { type RunningServer, startStaticServer } from './static-server';
import { openPage } from './viewer-page';

const DIST = resolve(import.meta.dirname, '../../dist');
const SEED = 7;
const QUESTION_COUNT = 6;
const ACTIVITY = 'https://school.example/courses/hip/lesson-3';

let browser: Browser;
let app: RunningServer;
let host: RunningServer;
let hostDir: string;

beforeAll(async () => {
  app = await startStaticServer({
    root: DIST,
    headers: { 'access-control-allow-origin': '*' },
  });
  hostDir = mkdtempSync(join(tmpdir(), 'hip-embed-lms-'));
  host = await startStaticServer({ root: hostDir });
  const viewer = `${app.url}/embed.html?ui=full&mode=quiz&quiz=${SEED}&origins=${encodeURIComponent(host.url)}`;
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>LMS lesson</title>
<script type="module" src="/lesson.js"></script></head>
<body><main><h1>Lesson 3</h1>
<iframe id="viewer" title="Interactive 3D hip model" style="width: 1200px; height: 760px; border: 0" src="${viewer.replaceAll('&', '&amp;')}"></iframe>
</main></body></html>
`,
  );
  // What a host page does: collect statements (a real one would POST them to its LRS).
  writeFileSync(
    join(hostDir, 'lesson.js'),
    `import { createViewerClient } from '${app.url}/embed/client.js';
const client = createViewerClient(document.getElementById('viewer'));
window.statements = [];
client.on('statement', (statement) => window.statements.push(statement));
window.learnerSet = client.ready.then(() =>
  client.setLearner({
    actor: { account: { homePage: 'https://lms.school.example', name: 'student-42' }, name: 'Student 42' },
    activityId: '${ACTIVITY}',
  }),
);
`,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([app?.close(), host?.close()]);
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('xAPI statements for a quiz round', () => {
  it('reach a host on another origin with the scores of each answer and of the round', async () => {
    const questions = generateQuiz({ seed: SEED, count: QUESTION_COUNT });
    const { page, watch } = await openPage(browser, `${host.url}/index.html`, {
      viewport: { width: 1280, height: 800 },
    });
    await page.evaluate(() => (window as unknown as { learnerSet: Promise<unknown> }).learnerSet);
    const quiz = page.frameLocator('#viewer').locator('[data-testid="quiz"]');
    // Right answer to the first choice question, a wrong one to the others, skip the rest.
    const expected: { id: string; points: number; response: string }[] = [];
    let firstChoice = true;
    for (const question of questions) {
      await expect.poll(() => quiz.locator('[data-testid="quiz-prompt"]').count()).toBe(1);
      if (question.kind === 'place-point') {
        await quiz.locator('[data-action="quiz-skip"]').click();
        expected.push({ id: question.id, points: 0, response: 'skipped' });
      } else {
        const wrong = question.options.find((o) => o.id !== question.correctOptionId);
        const option = firstChoice ? question.correctOptionId : (wrong?.id ?? '');
        await quiz.locator(`button[data-option="${option}"]`).click();
        expected.push({ id: question.id, points: firstChoice ? 10 : 0, response: option });
        firstChoice = false;
      }
      await quiz.locator('[data-action="quiz-next"]').click();
    }
    await expect
      .poll(() => page.frameLocator('#viewer').locator('[data-testid="quiz-summary"]').count())
      .toBe(1);
    const read = () =>
      page.evaluate(() => (window as unknown as { statements: XapiStatement[] }).statements);
    await expect.poll(async () => (await read()).length).toBe(QUESTION_COUNT + 1);
    const statements = await read();
    const answers = statements.slice(0, QUESTION_COUNT);
    expect(
      answers.map((s) => ({
        id: s.object.id,
        points: s.result?.score?.raw,
        response: s.result?.response,
      })),
    ).toEqual(
      expected.map((e) => ({
        id: `${ACTIVITY}/quiz/${e.id}`,
        points: e.points,
        response: e.response,
      })),
    );
    for (const statement of statements) {
      expect(statement.actor).toEqual({
        account: { homePage: 'https://lms.school.example', name: 'student-42' },
        name: 'Student 42',
      });
      expect(statement.context.contextActivities.parent).toEqual([
        { objectType: 'Activity', id: ACTIVITY },
      ]);
    }
    const round = statements[QUESTION_COUNT];
    expect(round?.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(round?.object.id).toBe(`${ACTIVITY}/quiz`);
    expect(round?.result?.score).toEqual({
      raw: 10,
      min: 0,
      max: QUESTION_COUNT * 10,
      scaled: Math.round((10 / (QUESTION_COUNT * 10)) * 10_000) / 10_000,
    });
    // The summary the learner sees agrees with what the LMS records.
    const summary = await page
      .frameLocator('#viewer')
      .locator('[data-testid="quiz-summary"]')
      .textContent();
    expect(summary).toMatch(/\b10\b/);
    expect(watch.externalRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
