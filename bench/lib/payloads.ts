/** The send every latency and CPU figure prices: one transactional email, and the same as an invitation helper call. */
export const body = {
  transactionalId: 'tpl_bench',
  email: 'ada@example.com',
  dataVariables: { firstName: 'Ada', organizationName: 'Analytical Engines' },
}

export const invitation = {
  email: 'ada@example.com',
  firstName: 'Ada',
  organizationName: 'Analytical Engines',
  inviterName: 'Charles',
  invitationUrl: 'https://app.example.com/invite/1',
}
