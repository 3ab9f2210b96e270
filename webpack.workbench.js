/*
 * The browser workbench (npm run workbench): the real task pane beside the in-memory
 * workbook, and the Node-side converter its server uses to read .xlsx files with ExcelJS.
 * Output under dist/workbench/ (web/ for the page, node/ for the converter).
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true,
      onlyCompileBundledFiles: true,
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      compilerOptions: { noEmit: false, module: 'esnext', target: 'es2020', sourceMap: true },
    },
  },
};

module.exports = (env, options) => {
  const mode = (options && options.mode) || 'development';
  return [
    {
      name: 'web',
      mode,
      devtool: 'source-map',
      entry: { workbench: './src/workbench/index.tsx' },
      output: { path: path.resolve(__dirname, 'dist', 'workbench', 'web'), filename: '[name].js', clean: true },
      resolve: { extensions: ['.ts', '.tsx', '.js'] },
      module: { rules: [tsRule] },
      plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/workbench/workbench.html' })],
      performance: { hints: false },
    },
    {
      name: 'node',
      mode,
      target: 'node',
      devtool: false,
      entry: { convert: './src/workbench/convert.ts' },
      output: { path: path.resolve(__dirname, 'dist', 'workbench', 'node'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
      resolve: { extensions: ['.ts', '.tsx', '.js'] },
      // ExcelJS stays a plain require, so the command line's ExcelJS patches apply to the same module.
      externals: [({ request }, callback) => (request && /^exceljs(\/|$)/.test(request) ? callback(null, `commonjs ${request}`) : callback())],
      module: { rules: [tsRule] },
    },
  ];
};
