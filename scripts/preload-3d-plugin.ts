/**
 * Lets the app's and the 3D view's code download with the page instead of one after the other:
 * the build adds `<link rel="modulepreload">` for the app's start chunk and the 3D chunk, and
 * every chunk they import statically, all the way down, that the page does not preload
 * already, to `index.html`. Only on screens wider than a phone's: there the app starts the 3D
 * view at once, while a phone shows the still picture until the user asks for the model
 * (src/app/webgl-support.ts `isSmallScreen`, the same 480 px). The embed page is not touched:
 * its poster waits for intent.
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
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const files = new Set<string>();
        // Each chunk with everything it imports statically, all the way down: a chunk found
        // only when its importer has arrived and been parsed costs one more round trip.
        const add = (file: string) => {
          if (files.has(file) || html.includes(`${base}${file}"`)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) add(imported);
        };
        for (const module of PRELOADED_MODULES) {
          const chunk = chunks.find((c) => c.facadeModuleId && module.test(c.facadeModuleId));
          if (!chunk) throw new Error(`preload-3d: no chunk for ${module}; was it renamed?`);
          add(chunk.fileName);
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
