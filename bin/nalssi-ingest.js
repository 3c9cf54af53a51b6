#!/usr/bin/env node
// The `nalssi-ingest` command. The ingest is TypeScript run as is (no build
// step), so this shim registers tsx's loader in this process and loads the
// entry; tsx is resolved from this package, wherever the command runs from.
import { register } from 'tsx/esm/api';

register();
await import('../src/ingest/cli.ts');
