// A worker thread of bench/lint/run.js: holds its share of the corpus texts and, on each 'run' message, parses and
// lints them all with debrief's compiled engine, then answers with the number of findings.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { root, files, sources } = workerData;
const { parseDocument } = await import(join(root, 'dist/markdown/parse.js'));
const { lintDocument } = await import(join(root, 'dist/lint/engine.js'));
const { loadConfigFor } = await import(join(root, 'dist/lint/config.js'));
const config = await loadConfigFor(files[0]);

parentPort.on('message', () => {
  let findings = 0;
  files.forEach((file, i) => {
    findings += lintDocument(parseDocument(sources[i], { filePath: file }), config, file).messages.length;
  });
  parentPort.postMessage(findings);
});
parentPort.postMessage('ready');
