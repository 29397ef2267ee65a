import { randomUUID } from 'node:crypto';
import type { Meta } from '@export-ledger/contract';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { errorHandler, notFoundHandler } from './lib/errors';
import type { Logger } from './lib/logger';
import { staticWeb } from './static-web';
import { systemRoutes } from './system/routes';

export interface AppDeps {
  logger: Logger;
  meta: Meta;
  /** Folder of the web app's production build; absent in API-only tests. */
  webDistDir?: string;
}

/** Wires middleware and routes. Never listens: server.ts and the tests do that. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

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
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );

  app.use(systemRoutes(deps.meta));
  app.use('/api', notFoundHandler);
  if (deps.webDistDir) app.use(staticWeb(deps.webDistDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
