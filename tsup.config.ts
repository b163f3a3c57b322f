import { defineConfig } from 'tsup';

export default defineConfig({
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
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
});
