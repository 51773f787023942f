/**
 * Lets the app's and the 3D view's code download with the page instead of one after the other:
 * the build adds `<link rel="modulepreload">` for the app's start chunk and the 3D chunk (and
 * the chunks they import that the page does not preload already) to `index.html`. Only on screens wider than a phone's: there
 * the app starts the 3D view at once, while a phone shows the still picture until the user
 * asks for the model (src/app/webgl-support.ts `isSmallScreen`, the same 480 px). The embed
 * page is not touched: its poster waits for intent.
 */
import type { Plugin, Rolldown } from 'vite';

/** The app's start (React and the app; the entry itself has no React) and the 3D view. */
const PRELOADED_MODULES = [/\/src\/app\/start-app\.tsx$/, /\/src\/scene\/Viewer3D\.tsx$/];
/** Wider than `isSmallScreen()`'s `(max-width: 480px)`. */
const PRELOAD_3D_MEDIA = '(min-width: 481px)';

export function preload3dPlugin(): Plugin {
  let base = '/';
  return {
    name: 'preload-3d',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!/(^|\/)index\.html$/.test(context.path) || !context.bundle) return html;
        const chunks = Object.values(context.bundle).filter(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk',
        );
        const files = new Set<string>();
        for (const module of PRELOADED_MODULES) {
          const chunk = chunks.find((c) => c.facadeModuleId && module.test(c.facadeModuleId));
          if (!chunk) throw new Error(`preload-3d: no chunk for ${module}; was it renamed?`);
          for (const file of [chunk.fileName, ...chunk.imports]) {
            if (!html.includes(`${base}${file}"`)) files.add(file);
          }
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'modulepreload',
            crossorigin: true,
            href: `${base}${file}`,
            media: PRELOAD_3D_MEDIA,
          },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
