// Jest runs these tests as native ES modules (no transform): the kit and @msw/data are
// published as ES modules only. msw documents `testEnvironment: 'node'` for Node tests.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  transform: {},
}
