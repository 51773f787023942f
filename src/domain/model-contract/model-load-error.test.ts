import { describe, expect, it } from 'vitest';
import { describeModelLoadError } from './model-load-error';

const URL = '/models/missing.glb';

describe('describeModelLoadError', () => {
  it('says a missing file was not found, with the status', () => {
    const error = new Error(
      `Could not load ${URL}: fetch for "http://127.0.0.1:4173/models/missing.glb" responded with 404: Not Found`,
    );
    const message = describeModelLoadError(error, URL);
    expect(message).toContain(
      `"${URL}" could not be downloaded (the server answered 404 Not Found)`,
    );
    expect(message).toMatch(/load the built-in model/);
  });

  it('says a file that is not a glTF is not one', () => {
    const html = new SyntaxError(`Unexpected token '<', "<!doctype "... is not valid JSON`);
    expect(describeModelLoadError(html, URL)).toMatch(
      /is not a glTF 2\.0 model \(Unexpected token/,
    );
    const old = new Error(
      'THREE.GLTFLoader: Unsupported asset. glTF versions >=2.0 are supported.',
    );
    expect(describeModelLoadError(old, URL)).toMatch(/is not a glTF 2\.0 model/);
  });

  it('says when there is no connection', () => {
    expect(describeModelLoadError(new TypeError('Failed to fetch'), URL)).toMatch(/offline/);
  });

  it('passes anything else on, shortened, with how to check the file', () => {
    const message = describeModelLoadError(`strange ${'x'.repeat(300)}`, URL);
    expect(message).toMatch(/could not be read: strange x+…\. Check/);
  });
});
