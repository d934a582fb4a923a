// `make demo`: the app (dist/) on http://127.0.0.1:8080/ and the demo blog article that
// embeds it (docs/embed-demo/) on http://127.0.0.1:8081/, a different origin, as a blog
// would be. Ctrl-C stops both.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static_server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = await startStaticServer(path.join(ROOT, 'dist'), { port: 8080 });
const blog = await startStaticServer(path.join(ROOT, 'docs/embed-demo'), { port: 8081 });
console.log(`app:  ${app.url}`);
console.log(`blog: ${blog.url}  (the app embedded in an article)`);
