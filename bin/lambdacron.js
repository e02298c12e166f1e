#!/usr/bin/env node
// Runs the TypeScript CLI straight from the repository by registering tsx.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();

const { runCli } = await import('../src/cli/main.ts');

process.exitCode = await runCli(process.argv.slice(2));
