/**
 * Writes the page frame (`src/app/AppFrame.tsx`, for a plain link in English) into
 * `index.html`, so the first paint needs the HTML and the stylesheet only, no script; and
 * preloads the still picture on phones, the first view's largest element there.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { AppFrame } from '../src/app/AppFrame';
import { frameProps } from '../src/app/frame-from-link';

const ROOT = '<div id="root"></div>';

export function appFramePlugin(): Plugin {
  let base = '/';
  return {
    name: 'app-frame',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!/(^|\/)index\.html$/.test(context.path)) return html;
        if (!html.includes(ROOT)) {
          throw new Error(
            `app-frame: index.html has no empty ${ROOT} to write the page frame into.`,
          );
        }
        const frame = renderToStaticMarkup(createElement(AppFrame, frameProps('', 'en', base)));
        return {
          html: html.replace(ROOT, `<div id="root">${frame}</div>`),
          tags: [
            {
              tag: 'link',
              attrs: {
                rel: 'preload',
                as: 'image',
                href: `${base}poster.jpg`,
                media: '(max-width: 480px)',
                fetchpriority: 'high',
              },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
