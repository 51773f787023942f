/**
 * The viewer in Spanish (`lang=es`): desktop and phone, patient mode and the printed handout.
 * Screenshots go to test-output/e2e. Interface text from the message catalogue must have no
 * English left; names (Latin muscle names) and citations are allowed to stay as they are.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ES } from '../../src/domain/messages/es';
import { chromiumForSuite } from './chromium-suite';
import { openPage, saveScreenshot, waitForIdleViewer, waitForNoFrames } from './viewer-page';

const chromium = chromiumForSuite();

/**
 * Common English function words and interface words that never occur in Spanish text. Not in
 * the list: words Spanish shares (a, no, son) and "in" (Latin "in vivo", "in situ" stay).
 */
const ENGLISH =
  /\b(the|and|with|from|this|that|your|you|of|to|on|is|are|for|or|not|by|at|be|can|only|between|under|above|below|into|click|show|hide|loading|share|layers?|points?|muscles?|nerves?|bones?|reset|close|next|back|side|left|right|weak|tight|load|add|remove)\b/gi;

/** Titles of published works quoted inside sentences of the About panel (kept as published). */
const QUOTED_TITLES = [
  'Full-body musculoskeletal model for muscle-driven simulation of human gait',
  'A musculoskeletal model for the lumbar spine',
  'WHO Standard Acupuncture Point Locations in the Western Pacific Region',
];

/**
 * Visible text of a region (folded parts opened) without what stays as published: source
 * lists (`.sources`), Latin names (`.latin`) and titles quoted in a sentence.
 */
async function textWithoutCitations(region: Locator): Promise<string> {
  const text = await region.evaluate((element) => {
    for (const details of element.querySelectorAll('details')) details.open = true;
    let visible = (element as HTMLElement).innerText;
    for (const kept of element.querySelectorAll<HTMLElement>('.sources li, .latin')) {
      visible = visible.replace(kept.innerText, ' ');
    }
    return visible;
  });
  return QUOTED_TITLES.reduce((rest, title) => rest.replaceAll(title, ' '), text);
}

async function englishIn(region: Locator): Promise<string[]> {
  const text = await textWithoutCitations(region);
  return [...new Set((text.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
}

/** English words left in a region, each with the line it sits in (to find it quickly). */
async function englishLinesIn(region: Locator): Promise<string[]> {
  const text = await textWithoutCitations(region);
  return text
    .split('\n')
    .filter((line) => new RegExp(ENGLISH.source, 'i').test(line))
    .map((line) => line.trim().slice(0, 160));
}

async function openSpanish(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
}

describe('Spanish interface', () => {
  it('desktop, patient mode: the mode bar, layers panel and About are in Spanish', async () => {
    const { page, watch } = await chromium.open(
      `/?lang=es&mode=patient&point=gluteus-medius-posterior:right`,
      { viewport: { width: 1280, height: 800 } },
    );
    await openSpanish(page);
    await waitForIdleViewer(page);
    await waitForNoFrames(page);
    saveScreenshot('spanish-desktop-patient.png', await page.screenshot());
    expect(await page.locator('.mode-bar').innerText()).toContain(ES.app.modes.names.patient);
    expect(await englishIn(page.locator('.mode-bar'))).toEqual([]);
    expect(await englishIn(page.locator('#tabpanel-layers'))).toEqual([]);
    // The About panel says how the translation was made.
    await page.getByRole('button', { name: ES.about.open }).click();
    const translation = page.locator('[data-testid="about-translation"]');
    expect(await translation.innerText()).toContain('borrador asistido por máquina');
    expect(await englishIn(translation)).toEqual([]);
    saveScreenshot('spanish-desktop-about.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the handout prints in Spanish', async () => {
    const { page, watch } = await chromium.openViewer(
      `/?lang=es&point=gluteus-medius-posterior:right`,
      { viewport: { width: 1280, height: 800 } },
    );
    await page.click('#tab-plan');
    await page.click('[data-action="add-selected"]');
    await page.fill('.session-plan textarea', 'Puente y elevación de pierna de lado, 3 × 10.');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.click('[data-action="print-handout"]');
    await page.waitForSelector('body[data-printed="yes"]', { state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.handout');
    expect(await handout.locator('h1').innerText()).toBe(ES.learning.handout.title);
    const text = await handout.innerText();
    for (const heading of [
      ES.learning.handout.generalSafetyHeading,
      ES.learning.handout.educationHeading,
      ES.learning.handout.exercisesHeading,
    ]) {
      expect(text).toContain(heading);
    }
    saveScreenshot('spanish-handout.png', await page.screenshot({ fullPage: true }));
    await page.emulateMedia({ media: 'screen' });
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('phone, patient mode: the chromium.browser language picks Spanish without lang=', async () => {
    const { page, watch } = await chromium.open(`/?mode=patient`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'es-ES',
    });
    await openSpanish(page);
    await page.waitForSelector('.app.mode-patient');
    expect(await page.locator('body').innerText()).toContain(ES.app.title);
    saveScreenshot('spanish-phone-patient.png', await page.screenshot());
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('every panel, card and the patient plan page: no English left', async () => {
    const { page, watch } = await chromium.open(
      `/?lang=es&point=gluteus-medius-posterior:right&sel=gluteus-medius:right`,
      { viewport: { width: 1280, height: 900 } },
    );
    await openSpanish(page);
    await waitForIdleViewer(page);
    const leftover: Record<string, string[]> = {};
    const check = async (name: string, region: Locator) => {
      await region.waitFor();
      const lines = await englishLinesIn(region);
      if (lines.length > 0) leftover[name] = lines;
    };
    // The motor point card, with its needle guidance, and the structure card.
    await check('motor point card', page.locator('[data-testid="point-card"]'));
    saveScreenshot('spanish-point-card.png', await page.screenshot());
    await check('structure card', page.locator('[data-testid="structure-card"]'));
    for (const tab of ['layers', 'points', 'mechanics', 'assessment', 'exercises', 'plan']) {
      await page.click(`#tab-${tab}`);
      await check(`${tab} tab`, page.locator(`#tabpanel-${tab}`));
    }

    // Assessment with findings: Oxford 3 for the right abductors, Trendelenburg positive.
    await page.click('#tab-assessment');
    await page.locator('#tabpanel-assessment table select').nth(1).selectOption('o3');
    await page
      .getByRole('group', { name: ES.assessment.panel.trendelenburg })
      .getByLabel(ES.assessment.panel.sides.right)
      .check();
    const accept = page.locator('[data-testid="point-suggestions"] button', {
      hasText: ES.assessment.suggestions.accept,
    });
    await accept.first().click();
    await check('assessment with findings', page.locator('#tabpanel-assessment'));
    expect(await page.locator('[data-testid="assessment-mapping"]').innerText()).toContain(
      'Oxford 3 abarca',
    );
    expect(await page.locator('#tabpanel-assessment').innerText()).toContain(
      ES.assessment.panel.standingLeg('right'),
    );
    saveScreenshot('spanish-assessment.png', await page.screenshot());

    // Exercises ranked for the weak gluteus medius, two picked into the plan.
    await page.click('#tab-exercises');
    const items = page.locator('[data-testid="exercise-list"] > li');
    for (let i = 0; i < 2; i++) {
      await items
        .nth(i)
        .getByRole('button', { name: new RegExp(`^${ES.assessment.exercises.add}`) })
        .click();
    }
    await check('exercises with evidence', page.locator('#tabpanel-exercises'));
    saveScreenshot('spanish-exercises.png', await page.screenshot());

    await page.click('#tab-plan');
    await page.fill('.session-plan textarea', 'Haga los ejercicios en días alternos.');
    await check('session plan', page.locator('#tabpanel-plan'));
    const link = await page.locator('[data-testid="plan-link"]').inputValue();

    await page.getByRole('button', { name: ES.about.open }).click();
    await check('about', page.locator('dialog.about'));
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();

    // The patient's own page, on a phone.
    const phone = await openPage(chromium.browser, link.replace('?', '?lang=es&'), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await check('patient plan page', phone.page.locator('[data-testid="patient-plan"]'));
    expect(await phone.page.locator('[data-testid="patient-exercises"] > li').count()).toBe(2);
    saveScreenshot(
      'spanish-patient-plan-phone.png',
      await phone.page.screenshot({ fullPage: true }),
    );
    expect(phone.watch.consoleErrors).toEqual([]);
    await phone.page.context().close();

    // Patient mode with a point selected, and a quiz question.
    const patient = await chromium.openViewer(
      `/?lang=es&mode=patient&point=gluteus-medius-posterior:right`,
      { viewport: { width: 1280, height: 800 } },
    );
    await check('patient mode', patient.page.locator('#panel-content'));
    await patient.page.context().close();
    // A nerve, a bone and a neighbouring muscle card.
    for (const selection of ['sciatic-nerve:right', 'femur:right', 'quadratus-lumborum:left']) {
      const card = await chromium.open(`/?lang=es&sel=${selection}`, {
        viewport: { width: 1280, height: 800 },
      });
      await check(`${selection} card`, card.page.locator('[data-testid="structure-card"]'));
      await card.page.context().close();
    }
    const quiz = await chromium.open(`/?lang=es&mode=quiz&quiz=1`, {
      viewport: { width: 1280, height: 800 },
    });
    await check('quiz', quiz.page.locator('[data-testid="quiz"]'));
    await quiz.page.context().close();

    expect(leftover).toEqual({});
  });

  it('acupuncture layer: the hover label and the point cards have no English left', async () => {
    const { page, watch } = await chromium.open(`/?lang=es&cam=posterior`, {
      viewport: { width: 1280, height: 900 },
    });
    await openSpanish(page);
    await waitForIdleViewer(page);
    await page.click('#tab-points');
    await page.check('[data-testid="acupuncture-toggle"]');
    const screenOf = (id: string) =>
      page.evaluate((point) => window.__hipViewerDebug?.pointScreen(point) ?? null, id);
    await expect.poll(() => screenOf('acu:GB30:right')).not.toBeNull();
    await waitForNoFrames(page);
    const at = await screenOf('acu:GB30:right');
    await page.mouse.move(at!.x, at!.y);
    const hover = page.locator('.hover-label');
    await expect.poll(() => hover.textContent()).toContain('GB30');
    expect(await hover.textContent()).toContain(ES.clinician.acupuncture.pointKind);
    expect(await englishIn(hover)).toEqual([]);

    await page.mouse.click(at!.x, at!.y);
    const card = page.locator('[data-testid="acupuncture-card"]');
    await expect.poll(() => card.locator('h2').textContent()).toBe('GB30 Huántiào (lado derecho)');
    expect(await englishLinesIn(card)).toEqual([]);
    expect(await card.innerText()).toContain('Meridiano de la Vesícula Biliar');
    await waitForNoFrames(page);
    saveScreenshot('spanish-acupuncture-card.png', await page.screenshot());

    // A back point with the app's cun estimate and an approximate place, found by its code.
    await page.fill('#search-input', 'EX-B7');
    await page.press('#search-input', 'Enter');
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/^EX-B7 /);
    expect(await card.innerText()).toContain('escápula');
    expect(await englishLinesIn(card)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
