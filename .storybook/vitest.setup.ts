import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import {setProjectAnnotations} from '@storybook/web-components-vite';
import {afterEach, beforeEach, expect, vi} from 'vitest';
import * as projectAnnotations from './preview.js';

setProjectAnnotations([a11yAnnotations, projectAnnotations]);

// A story that logs an error or a warning fails: Lit reports real problems this way.
const logged: string[] = [];
beforeEach(() => {
  logged.length = 0;
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(logged, 'console errors and warnings').toEqual([]);
});
