import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Debian's chromium, which the browser tests drive headless. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser is there; the browser tests are skipped (with a warning) when it is not. */
function chromiumPresent(what: string): boolean {
  const present = existsSync(CHROMIUM);
  if (!present) console.warn(`${what} browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium fonts-wqy-microhei)`);
  return present;
}

/** A page opened in the browser, with what it logged and asked for. */
export interface OpenedPage {
  readonly page: import('playwright-core').Page;
  /** The file's URL: the one request a self-contained page makes. */
  readonly url: string;
  readonly consoleErrors: readonly string[];
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/**
 * Writes an HTML page to a temporary file and opens it in headless Chromium, recording its console
 * errors and every request it makes. For tests.
 *
 * @example
 * const opened = await openInChromium(renderReport(results), 'report.html');
 * expect(opened.requests).toEqual([opened.url]);
 */
export async function openInChromium(html: string, name: string): Promise<OpenedPage> {
  const dir = await mkdtemp(join(tmpdir(), 'kaohe-browser-'));
  const file = join(dir, name);
  await writeFile(file, html);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    consoleErrors,
    requests,
    close: async () => {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A suite over one page in Chromium: `make` renders it (keeping what the tests compare it with), the
 * page is opened once, checked to open with no console error and no request but itself, and handed
 * to `tests`. Skipped with a warning where the browser is absent. For tests.
 */
export function describeInChromium(title: string, fileName: string, make: () => Promise<string>, tests: (opened: () => OpenedPage) => void): void {
  describe.skipIf(!chromiumPresent(fileName))(title, () => {
    let opened: OpenedPage | undefined;
    const get = (): OpenedPage => {
      if (opened === undefined) throw new Error(`${fileName} was not opened`);
      return opened;
    };
    beforeAll(async () => {
      opened = await openInChromium(await make(), fileName);
    }, 120_000);
    afterAll(async () => {
      await opened?.close();
    });
    it('opens with no console error and requests nothing but itself', () => {
      expect(get().consoleErrors).toEqual([]);
      expect(get().requests).toEqual([get().url]);
    });
    tests(get);
  });
}
