import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'lightsail-sim', environment: 'node' } });
