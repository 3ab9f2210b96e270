/*
 * The add-in's web build, after the Office-Addin-TaskPane-React template: the task pane, the
 * ribbon's function file, the dialog that shows the ribbon's result and a support page, with the
 * manifest and icons beside them, into dist/addin/ (dist/node is the command line's tsc output).
 *
 *   npm run build        production: the manifest's URLs rewritten to urlProd
 *   npm run build:dev    development: the manifest as it is (https://localhost:3000/)
 *   npm run dev-server   serves the development build over HTTPS on port 3000
 *
 * TypeScript is transpiled only (ts-loader, transpileOnly); `npm run typecheck` type-checks the
 * tree once. Certificates (office-addin-dev-certs) are asked for only by `webpack serve`, so a
 * build needs no certificate and no network.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = 'https://rag-tracker.example.org/'; // CHANGE THIS TO THE PRODUCTION DEPLOYMENT LOCATION

/*
 * Content-Security-Policy of every page (a <meta> tag, so it holds wherever the files are
 * hosted). SPEC 11: no network requests at run time other than loading Office.js.
 * - default-src 'none': anything not listed below is refused (fonts, media, workers, manifests).
 * - script-src 'self': our own bundles.
 *   https://appsforoffice.microsoft.com: office.js, and the host, string and telemetry scripts it
 *   then loads from the same CDN folder (e.g. excel-win32-16.01.js, en-gb/office_strings.js).
 *   https://ajax.aspnetcdn.com: office.js loads MicrosoftAjax.js from there when the host script
 *   needs it (loadMsAjaxFull in excel-web-16.00.js; also OfficeDev/office-js#1005).
 *   No 'unsafe-eval' and no 'unsafe-inline': the bundles use neither (devtool is 'source-map').
 * - style-src 'self' 'unsafe-inline': Fluent UI v9 (Griffel) inserts <style> elements at run time,
 *   and office.js's host scripts apply inline styles (OfficeDev/office-js#1687). Styles cannot
 *   make requests here: img-src and font-src stay closed to other origins.
 * - img-src 'self': the add-in's own icons only.
 * - frame-src https://appsforoffice.microsoft.com: in Excel on the web office.js shows its own
 *   error page (AgaveErrorUX/index.html, from the CDN) in a frame when the host is not trusted.
 * - connect-src 'none': no fetch, XHR, WebSocket or beacon at all. office.js reaches Excel by
 *   postMessage or the webview bridge, which CSP does not govern; its optional usage telemetry
 *   (browser.pipe.aria.microsoft.com) is refused, as SPEC 11 wants. For the same reason the dev
 *   server injects no live-reload client (it would need a WebSocket): reload the pane by hand.
 * - object-src, base-uri, form-action 'none': no plug-ins, no <base> rewriting, no form posts.
 * frame-ancestors cannot be set from a <meta> tag (browsers ignore it there); Office frames the pages.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  'frame-src https://appsforoffice.microsoft.com',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** One page: its template, the chunks it loads, the CSP above. */
function page(filename, template, chunks) {
  return new HtmlWebpackPlugin({ filename, template, chunks, templateParameters: { csp: CSP } });
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      result: './src/commands/result.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              onlyCompileBundledFiles: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // tsconfig.json is the no-emit type-check config; the bundle needs ES modules for
              // tree shaking and a target every current Office webview runs.
              compilerOptions: { noEmit: false, module: 'esnext', target: 'es2017', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      page('result.html', './src/commands/result.html', ['result']),
      page('support.html', './src/support/support.html', []),
    ],
    performance: {
      // React and Fluent UI make the task pane larger than webpack's web-page default (244 KiB);
      // SPEC 10 records the bundle size rather than capping it.
      hints: false,
    },
    devServer: {
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      server: { type: 'https', options: serving ? await httpsOptions() : {} },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};

module.exports.CSP = CSP;
module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
