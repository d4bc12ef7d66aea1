// The echo server in its own process, as a vendor would be: the client's CPU is not shared with it.
import { createServer } from 'node:http'
let count = 0
const payload = Buffer.from('{"success":true}')
const server = createServer((req, res) => {
  count++
  req.resume()
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': payload.length }).end(payload))
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('message', (m) => m === 'count' && process.send({ count }))
process.on('disconnect', () => process.exit(0))
