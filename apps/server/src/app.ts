import { randomUUID } from 'node:crypto';
import { parse } from 'node:querystring';
import type { Meta } from '@export-ledger/contract';
import compression from 'compression';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppError, errorHandler, notFoundHandler } from './lib/errors';
import type { Logger } from './lib/logger';
import type { Metrics } from './lib/metrics';
import { exportRoutes } from './records/export-routes';
import type { RecordsService } from './records/records-service';
import { recordsRoutes } from './records/routes';
import { staticWeb } from './static-web';
import { systemRoutes } from './system/routes';

export interface AppDeps {
  logger: Logger;
  meta: Meta;
  records: RecordsService;
  /** True once the gateway knows its regions (readiness). */
  isReady: () => boolean;
  metrics: Metrics;
  now: () => number;
  /** Requests per minute and client IP on /api; default 600. */
  rateLimitPerMinute?: number;
  /** Folder of the web app's production build; absent in API-only tests. */
  webDistDir?: string;
}

/** Wires middleware and routes. Never listens: server.ts and the tests do that. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // 'simple' is querystring.parse, which silently drops every parameter past the 1,000th; the
  // 16 KB header limit already bounds the count, so count none and let the contract judge them all.
  app.set('query parser', (text: string) => parse(text, '&', '=', { maxKeys: 0 }));

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (_req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'none'"],
          'frame-ancestors': ["'none'"],
          'img-src': ["'self'", 'data:'],
          // helmet's defaults allow styles and fonts from any https origin; the app loads none.
          // Inline styles stay: the menus' scroll lock injects a <style> element.
          'style-src': ["'self'", "'unsafe-inline'"],
          'font-src': ["'self'", 'data:'],
          // helmet's default; the server only speaks plain HTTP (127.0.0.1 by default, or behind a
          // proxy), so upgrading its own asset URLs to https breaks the page (WebKit even on loopback).
          'upgrade-insecure-requests': null,
        },
      },
      // Same reason: HSTS belongs to whatever terminates TLS in front, not to an HTTP-only server.
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(compression({ filter: shouldCompress }));
  app.use(measure(deps.metrics));
  app.use(
    '/api',
    rateLimit({
      windowMs: 60_000,
      limit: deps.rateLimitPerMinute ?? 600,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Without trust proxy these headers are ignored anyway; the check would print a stack trace outside the log.
      validate: { xForwardedForHeader: false, forwardedHeader: false },
      handler: (_req, _res, next) => next(new AppError('rate_limited', 'Too many requests; slow down')),
    }),
  );

  // Express would answer OPTIONS itself (200, text/plain Allow list): this API is GET/HEAD only.
  app.use((req, _res, next) => {
    next(
      req.method === 'GET' || req.method === 'HEAD'
        ? undefined
        : new AppError('not_found', `No route for ${req.method} ${req.path}`),
    );
  });
  app.use(systemRoutes(deps));
  app.use(recordsRoutes(deps.records));
  app.use(exportRoutes(deps.records, deps.now));
  app.use('/api', notFoundHandler);
  if (deps.webDistDir) app.use(staticWeb(deps.webDistDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

/**
 * The web build (about 340 kB of JS, 107 kB gzipped) and the API's JSON shrink several times.
 * Exports are left alone: they stream with back-pressure, which a compressor's buffer would hide.
 */
function shouldCompress(req: Request, res: Response): boolean {
  if (/^\/api\/records\.(csv|ndjson)$/.test(req.path)) return false;
  return compression.filter(req, res);
}

/** Request latency by matched route (never the raw path, which would explode the label set). */
function measure(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    // 'close' rather than 'finish': an export the client abandoned is measured too.
    res.once('close', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      stop({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}
