// The echo server in its own process (forked by echo-server.ts), as a vendor would be.
import { createServer } from 'node:http'

const payload = Buffer.from('{"success":true}')
const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length }).end(payload))
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('disconnect', () => process.exit(0))
