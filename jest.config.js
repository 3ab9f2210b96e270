/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Transpile only: `npm run typecheck` type-checks the whole tree once, faster than per test file.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // The task pane's tests drive React through user events; on a loaded 2-core machine one can pass 5 s.
  // A timeout is no speed check (those are benchmarks), only a bound on a test that hangs.
  testTimeout: 30_000,
};
