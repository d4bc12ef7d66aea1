import type { Redis } from 'ioredis'

/**
 * Drops a connection that owes replies and has sent nothing back for `timeoutMs` (a hung or
 * partitioned Redis), so its commands fail at once (`maxRetriesPerRequest: 0`) and it reconnects.
 *
 * Why not ioredis's `commandTimeout`: it counts the time a command waits behind others in the
 * pipeline, so 10,000 enqueues on a healthy Redis were told "could not reach Redis" (issue 19,
 * item 11). Why not its `socketTimeout` (no data for N ms while commands wait): its timer fires in
 * the event loop's timer phase, before the replies that arrived during a long synchronous stretch
 * (queuing 10,000 adds) are read, and kills a healthy connection. Here the verdict is taken after
 * one more turn of I/O (`setImmediate`), so replies already waiting count as signs of life.
 *
 * Costs one unref'd interval per connection; nothing per command.
 */
export function watchLiveness(redis: Redis, timeoutMs: number): void {
  let replies = 0
  let watched: unknown
  const onData = () => void replies++
  const watchStream = () => {
    if (redis.stream && watched !== redis.stream) {
      watched = redis.stream
      redis.stream.on('data', onData)
    }
  }
  redis.on('connect', watchStream)
  /** When the current wait for a reply began, and how many replies had come by then. */
  let waitingSince: number | undefined
  let repliesThen = 0
  const timer = setInterval(
    () => {
      watchStream()
      if (redis.commandQueue.length === 0 || (redis.status !== 'ready' && redis.status !== 'connect')) {
        waitingSince = undefined
        return
      }
      if (waitingSince === undefined || replies !== repliesThen) {
        waitingSince = performance.now()
        repliesThen = replies
        return
      }
      if (performance.now() - waitingSince < timeoutMs) return
      const seen = replies
      setImmediate(() => {
        if (replies === seen && redis.commandQueue.length > 0)
          redis.stream?.destroy(new Error(`Redis sent nothing back for ${timeoutMs} ms while commands waited`))
      })
    },
    Math.max(20, timeoutMs / 4),
  )
  timer.unref()
  redis.once('end', () => clearInterval(timer))
}
