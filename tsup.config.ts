import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

const library = resolve('src/index.ts');

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'outlets/turan': 'src/outlets/turan.ts',
      'outlets/azernews': 'src/outlets/azernews.ts',
      'outlets/ednews': 'src/outlets/ednews.ts',
      'outlets/newsaz': 'src/outlets/newsaz.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Everything but the command line's folder, which the second build writes at the same time.
    clean: ['!cli/**'],
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    // The Article JSON Schema ships as a file next to the build; writing it here keeps every build complete.
    onSuccess: 'node scripts/write-json-schema.mjs',
  },
  {
    // The `az-news` command line (bin): Node only, ESM. It imports the built library (dist/index.js) instead
    // of bundling a second copy, and so do its worker threads.
    entry: { index: 'src/cli/index.ts', worker: 'src/cli/worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    esbuildPlugins: [
      {
        name: 'built-library',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\/.*index(\.js|\.ts)?$/ }, (args) => {
            const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
            return target === library ? { path: '../index.js', external: true } : undefined;
          });
        },
      },
    ],
  },
]);
