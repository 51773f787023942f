import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];
const WEBGL_ARGS = ['--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

/** Fails loudly (never skips) when Chromium is missing, and says how to install it. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `e2e: Chromium was not found at ${CHROMIUM_PATH}. Install it with "sudo apt-get install -y chromium" (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
}

export async function launchChromium(
  options: { webgl?: boolean; extraArgs?: string[] } & LaunchOptions = {},
): Promise<Browser> {
  assertChromium();
  const { webgl = true, extraArgs = [], ...launch } = options;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BASE_ARGS, ...(webgl ? WEBGL_ARGS : NO_WEBGL_ARGS), ...extraArgs],
    ...launch,
  });
}
