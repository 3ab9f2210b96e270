#!/usr/bin/env node
'use strict';
// The baseline of the command-line benchmark: ExcelJS alone reading a workbook and writing
// it back, nothing else. `node bench/exceljs-only.js in.xlsx out.xlsx`
const ExcelJS = require('exceljs');

async function main([input, output]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exitCode = 1;
});
