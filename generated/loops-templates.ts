/**
 * GENERATED FILE — do not edit by hand; run `npm run templates -- pull` (LOOPS_API_KEY, LOOPS_BASE_URL).
 * Loops' published transactional emails by name: id and data variables (GET /v1/transactional, every page).
 * Pulled from: a local Loops stand-in (Loops team "Stand-in team, templates from test/fixtures/loops-templates.json"): placeholder ids, pull from the real team before relying on them.
 * `npm run templates -- check` compares it with Loops now; `npm run generate -- --check` fails on a hand edit.
 * templates-sha256: 3bcd87898f99ad1c65c485f186423f2c0b3ca13a6fd3bbba886dec5bbdab5eba
 */
export const loopsPublishedTemplates = {
  "basic": {
    "id": "tpl_basic",
    "dataVariables": [
      "message",
      "subject"
    ]
  },
  "invitation": {
    "id": "tpl_invitation",
    "dataVariables": [
      "firstName",
      "invitationUrl",
      "inviterName",
      "organizationName",
      "role"
    ]
  },
  "welcome": {
    "id": "tpl_welcome",
    "dataVariables": [
      "firstName",
      "organizationName",
      "role"
    ]
  }
} as const
