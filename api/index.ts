// The public face of api/: the app, for tests and for embedding.
export { createApp, type AppContext } from './app.js';
