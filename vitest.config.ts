import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'rules/*/test/**/*.test.ts'],
    testTimeout: 30000,
    hookTimeout: 60000
  }
})
