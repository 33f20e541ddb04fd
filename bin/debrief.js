#!/usr/bin/env node
// The debrief command: a thin launcher for the compiled CLI (run `npm run build` first).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
