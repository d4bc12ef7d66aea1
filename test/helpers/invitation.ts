/** The invitation the outbox proofs queue: valid for the Loops helper, with the recipient as given. */
export const invitationFor = (email = 'ada@example.com') => ({
  email,
  firstName: 'Ada',
  organizationName: 'Acme',
  inviterName: 'Grace',
  invitationUrl: 'https://app.example.com/i/1',
})
