// The README's "tests with mockLoops", as a consumer's test file: no env at all, no client wiring.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { mockLoops, type LoopsFake } from '@codebuff/integrations/testing'
import { inviteUser } from './invite-user.js'

let loops: LoopsFake | undefined
beforeEach(() => {
  // Whatever the shell or another test file had set: this file proves mockLoops needs none of it.
  for (const name of ['LOOPS_API_KEY', 'LOOPS_BASE_URL', 'LOOPS_TEMPLATE_INVITATION']) vi.stubEnv(name, undefined)
})
afterEach(async () => {
  await loops?.close() // undefined when a test failed before its mockLoops() ran: its own error is the one to read
  loops = undefined
  vi.unstubAllEnvs()
})

it('inviting a user sends one invitation email', async () => {
  loops = mockLoops()
  await inviteUser('ada@example.com')
  loops.expectEmailSent({ template: 'invitation', to: 'ada@example.com' })
})

it('inviting again with the same invite id sends nothing more', async () => {
  loops = mockLoops()
  expect(await inviteUser('ada@example.com', 'inv_7')).toEqual({ duplicate: false })
  expect(await inviteUser('ada@example.com', 'inv_7')).toEqual({ duplicate: true })
  expect(loops.sent).toHaveLength(1)
})

it('close() puts the env back as it was', async () => {
  loops = mockLoops()
  expect(process.env.LOOPS_TEMPLATE_INVITATION).toBe('mock_invitation')
  await loops.close()
  expect(process.env.LOOPS_TEMPLATE_INVITATION).toBeUndefined()
  expect(process.env.LOOPS_API_KEY).toBeUndefined()
})
