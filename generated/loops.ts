/**
 * GENERATED FILE — do not edit by hand; run `npm run generate`.
 * spec: specs/loops.openapi.json
 * spec-sha256: 4ff8c91006dfe56c34302b9ab2a7f9d0f52bbddba4ad9ce55744b3d6b5531c48
 * generator: openapi-typescript@7.13.0 codegen-r7
 * output-sha256: a75d728fbb2b302545b7b964e88e5561a0d186a65bd3500408b1c8c7f0a40ded
 */
export interface paths {
    "/v1/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API key
         * @description Test your API key and get team context.
         */
        get: operations["testApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audience-segments/{audienceSegmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the audience segment. */
                audienceSegmentId: string;
            };
            cookie?: never;
        };
        /**
         * Get an audience segment
         * @description Retrieve a single audience segment by ID.
         */
        get: operations["getAudienceSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audience-segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audience segments
         * @description Retrieve a paginated list of audience segments, most recently created first.
         */
        get: operations["listAudienceSegments"];
        put?: never;
        /**
         * Create an audience segment
         * @description Create a new audience segment.
         */
        post: operations["createAudienceSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaigns
         * @description Retrieve a paginated list of campaigns.
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * Create a campaign
         * @description Create a new draft campaign. An empty email message is created automatically and its `emailMessageId` is returned. Use the `/email-messages/{emailMessageId}` endpoint to set subject, sender, preview text, and LMX content. The audience (mailing list, segment, or filter), group, and scheduling can be set on create or later via update.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign. */
                campaignId: string;
            };
            cookie?: never;
        };
        /**
         * Get a campaign
         * @description Retrieve a single campaign by ID.
         */
        get: operations["getCampaign"];
        put?: never;
        /**
         * Update a campaign
         * @description Update a draft campaign's name, group, audience (mailing list, segment, or filter), or scheduling. At least one field must be provided. Once a campaign has been sent, only its `name` and `campaignGroupId` can be updated.
         */
        post: operations["updateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List campaign groups
         * @description Retrieve a paginated list of campaign groups, most recently created first.
         */
        get: operations["listCampaignGroups"];
        put?: never;
        /**
         * Create a campaign group
         * @description Create a new campaign group.
         */
        post: operations["createCampaignGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/campaign-groups/{campaignGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign group. */
                campaignGroupId: string;
            };
            cookie?: never;
        };
        /**
         * Get a campaign group
         * @description Retrieve a single campaign group by ID.
         */
        get: operations["getCampaignGroup"];
        put?: never;
        /**
         * Update a campaign group
         * @description Update a campaign group's name or description. At least one field must be provided. The reserved "Unsorted" group cannot be edited.
         */
        post: operations["updateCampaignGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dedicated-sending-ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dedicated sending IP addresses
         * @description Retrieve a list of Loops' dedicated sending IP addresses.
         *
         *     This endpoint is provided for the rare instances where you may need to whitelist our sending IPs. Please note that this list is subject to change and will not include shared IPs used for sending mail.
         *
         *     Unless you are sure you need this and are comfortable watching for changes, we strongly recommend you _do not_ whitelist these IPs.
         */
        get: operations["listDedicatedSendingIps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a contact
         * @description Add a contact to your audience.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a contact
         * @description Update a contact by `email` or `userId`. You must provide one of these parameters.
         *
         *     If you want to update a contact's email address, the contact will first need a `userId` value. You can then make a request containing the `userId` field along with an updated email address.
         *
         *     This endpoint will create a contact if a matching contact does not already exist in your audience.
         *
         *     Provide either `email` or `userId` to identify the contact you want to update. If both are provided, the system will look for a contact with either a matching `email` or `userId` value. If a contact is found for one of the values (e.g. `email`), the other value (e.g. `userId`) will be updated. If a contact is not found, a new contact will be created using both `email` and `userId` values.
         */
        put: operations["updateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a contact
         * @description Search for a contact by `email` or `userId`. Only one parameter is allowed.
         */
        get: operations["findContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a contact
         * @description Delete a contact by `email` or `userId`.
         */
        post: operations["deleteContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/suppression": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get suppression status for a contact
         * @description Retrieve suppression status and removal quota for a contact by `email` or `userId`. Include only one query parameter.
         */
        get: operations["getContactSuppression"];
        put?: never;
        post?: never;
        /**
         * Remove a contact from suppression list
         * @description Remove a suppressed contact from the suppression list by `email` or `userId`. Include only one query parameter.
         */
        delete: operations["removeContactSuppression"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/properties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contact properties
         * @description Retrieve a list of your account's contact properties.<br>Use the `list` parameter to query "all" or "custom" properties.
         */
        get: operations["listContactProperties"];
        put?: never;
        /**
         * Create a contact property
         * @description Create a custom contact property.
         */
        post: operations["createContactProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/components/{componentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the component. */
                componentId: string;
            };
            cookie?: never;
        };
        /**
         * Get a component
         * @description Retrieve a single component by ID.
         */
        get: operations["getComponent"];
        put?: never;
        /**
         * Update a component
         * @description Update a component's name and/or body. When the `lmx` body changes, the update cascades to every email using this component, and `affectedEmailCount` reports how many were affected. A change that would introduce a dynamic variable an email using the component cannot use is rejected.
         */
        post: operations["updateComponent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List components
         * @description Retrieve a paginated list of email components.
         */
        get: operations["listComponents"];
        put?: never;
        /**
         * Create a component
         * @description Create a new email component from an LMX body.
         */
        post: operations["createComponent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{emailMessageId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        /**
         * Get an email message
         * @description Retrieve an email message, including its compiled LMX content.
         */
        get: operations["getEmailMessage"];
        put?: never;
        /**
         * Update an email message
         * @description Update fields on an email message (subject, preview text, sender, LMX content). The campaign must be in draft status. Supply `expectedRevisionId` matching the current `contentRevisionId` — the server rejects mismatched revisions with 409.
         */
        post: operations["updateEmailMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{emailMessageId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a preview of an email message
         * @description Send a test preview of an email message to one or more addresses. The accepted variable fields depend on the parent's type - campaign previews accept `contactProperties`, workflow previews accept `contactProperties` and `eventProperties`, and transactional previews accept `dataVariables`. Supplying a field the parent cannot reference is rejected with 400.
         */
        post: operations["previewEmailMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-messages/{emailMessageId}/guardian": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        /**
         * Run Guardian checks on an email message
         * @description Validate an email message's content against Guardian rules and return any errors and warnings. Errors must be resolved before the email can be published, warnings are advisory.
         */
        get: operations["getEmailMessageGuardian"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event
         * @description Send events to trigger workflows.
         */
        post: operations["sendEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List event patterns
         * @description Retrieve a paginated list of event patterns available to workflow event trigger nodes.
         */
        get: operations["listEventPatterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-patterns/by-name/{eventName}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The exact event name. Event names are case-sensitive and should be URL-encoded if they contain special characters. */
                eventName: string;
            };
            cookie?: never;
        };
        /**
         * Get an event pattern by name
         * @description Retrieve event pattern details by event name for a workflow event trigger. Event names are case-sensitive, so `PaymentReceived` and `paymentReceived` are different events.
         */
        get: operations["getEventPatternByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-patterns/{eventPatternId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the event pattern. */
                eventPatternId: string;
            };
            cookie?: never;
        };
        /**
         * Get an event pattern by ID
         * @description Retrieve event pattern details for a workflow event trigger.
         */
        get: operations["getEventPattern"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List mailing lists
         * @description Retrieve a list of your account's mailing lists.
         */
        get: operations["listMailingLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes/{themeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the theme. */
                themeId: string;
            };
            cookie?: never;
        };
        /**
         * Get a theme
         * @description Retrieve a single theme by ID.
         */
        get: operations["getTheme"];
        put?: never;
        /**
         * Update a theme
         * @description Update a theme's name and/or styles. When `styles` change, the update cascades to every email using this theme, and `affectedEmailCount` in the response reports how many emails were affected. Manual style edits made on individual emails are preserved: the cascade only changes properties an email has not overridden. A per-email override is removed only when it becomes identical to the theme's new value, after which that email follows the theme for that property.
         */
        post: operations["updateTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List themes
         * @description Retrieve a paginated list of email themes, most recently created first.
         */
        get: operations["listThemes"];
        put?: never;
        /**
         * Create a theme
         * @description Create a new email theme for use across Loops emails.
         */
        post: operations["createTheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactional emails
         * @deprecated
         * @description Get a list of published transactional emails.
         */
        get: operations["listPublishedTransactionalEmails"];
        put?: never;
        /**
         * Send a transactional email
         * @description Send a transactional email to a contact.<br>Please [email us](mailto:help@loops.so) to enable attachments on your account before using them with the API.
         *
         *     To set dynamic Subject, From, Reply to, CC, BCC email header fields, add data variables to those fields in the editor, then include data for each variable in the API request. Read our transactional email guide for more details.
         */
        post: operations["sendTransactionalEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactional emails
         * @description Retrieve a paginated list of transactional emails, most recently created first.
         */
        get: operations["listTransactionalEmails"];
        put?: never;
        /**
         * Create a transactional email
         * @description Create a new transactional email. An empty draft email message is created automatically and its `draftEmailMessageId` is returned. Use the `POST /v1/email-messages/{emailMessageId}` endpoint along with the returned `draftEmailMessageContentRevisionId` to set subject, sender, preview text, and LMX content, then call `POST /v1/transactional-emails/{transactionalId}/publish` to publish the draft.
         */
        post: operations["createTransactionalEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-emails/{transactionalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        /**
         * Get a transactional email
         * @description Retrieve a single transactional email by ID.
         */
        get: operations["getTransactionalEmail"];
        put?: never;
        /**
         * Update a transactional email
         * @description Update a transactional email by ID.
         */
        post: operations["updateTransactionalEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-emails/{transactionalId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ensure a draft email message
         * @description Ensure the transactional email has a draft email message. If a draft already exists it is returned unchanged; otherwise a new empty draft is created (seeded from the most recent published version when present). Use `POST /v1/email-messages/{emailMessageId}` to edit the draft's content.
         */
        post: operations["ensureTransactionalDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-emails/{transactionalId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a transactional email draft
         * @description Publish the transactional email's current draft email message. The draft becomes the published version and the draft is cleared.
         */
        post: operations["publishTransactionalEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactional groups
         * @description Retrieve a paginated list of transactional groups, most recently created first.
         */
        get: operations["listTransactionalGroups"];
        put?: never;
        /**
         * Create a transactional group
         * @description Create a new transactional group.
         */
        post: operations["createTransactionalGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactional-groups/{transactionalGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional group. */
                transactionalGroupId: string;
            };
            cookie?: never;
        };
        /**
         * Get a transactional group
         * @description Retrieve a single transactional group by ID.
         */
        get: operations["getTransactionalGroup"];
        put?: never;
        /**
         * Update a transactional group
         * @description Update a transactional group's name or description. At least one field must be provided. The reserved "Unsorted" group cannot be edited.
         */
        post: operations["updateTransactionalGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upload
         * @description Request a pre-signed URL to upload an image asset. Upload the file with an HTTP `PUT` to the returned `presignedUrl` (sending the same `Content-Type` and `Content-Length`), then call `/uploads/{emailAssetId}/complete` to finalize the asset.
         */
        post: operations["createUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{emailAssetId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `emailAssetId` returned when the upload was created via `POST /v1/uploads`. */
                emailAssetId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an upload
         * @description Finalize an image upload after the file has been uploaded to the pre-signed URL. Returns the public URL of the uploaded image asset.
         */
        post: operations["completeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description Retrieve a paginated list of workflows.
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create a workflow
         * @description Create a draft workflow with a blank trigger and exit node.
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        /**
         * Get a workflow
         * @description Retrieve a workflow graph with node type names, connections, and selected display fields.
         */
        get: operations["getWorkflow"];
        put?: never;
        /**
         * Update a workflow
         * @description Update a workflow's display properties. At least one property must be provided. To change the workflow's mailing list, use the `POST /v1/workflows/{workflowId}/mailing-list` endpoint instead.
         */
        post: operations["updateWorkflowProperties"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/mailing-list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change workflow mailing list
         * @description Dry run or apply a workflow mailing list change. If queued contacts would be removed from the workflow due to the change of mailing list, Loops returns with `"status": "queuedContactsFound"` instead of applying the change. Retry with `queuedContactPolicy: "discard"` to apply the change and discard those contacts. Confirmed update responses include the simplified workflow after the mailing list changes.
         */
        post: operations["changeWorkflowMailingList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a workflow node
         * @description Create a new default workflow node and return it with the latest workflow.
         *
         *     Choose where the node goes with `insertMode`: `between` places it between an existing `fromNodeId` -> `toNodeId` connection, `before` places it before `toNodeId`, and `after` places it after `fromNodeId` when that node has exactly one outgoing connection. `after` is a convenience for simple linear paths, so callers do not need to fetch and pass the current child node ID. It is invalid when `fromNodeId` has no outgoing nodes, multiple outgoing nodes, or is an exit node. When the source has multiple outgoing nodes, use `between` with the exact `toNodeId` instead. For `before`, deprecated `beforeNodeId` requests are still accepted for compatibility, but new callers should use `toNodeId`.
         *
         *     New nodes start with default settings; update the node after creation to configure it. Branch nodes create their default paths too: `BranchNode` creates two `AudienceFilter` children, and `ExperimentBranchNode` creates two regular `VariantNode` children plus one control `VariantNode`. Public workflows can have up to 400 nodes. Generated children count toward that limit, so a normal create adds 1 node, `BranchNode` adds 3, and `ExperimentBranchNode` adds 4. To add a sibling child path to a branch or experiment branch, use the `POST /v1/workflows/{workflowId}/nodes/{nodeId}/add-branch` endpoint. Branch paths can be edited with create-node, but a workflow cannot be started unless each direct `BranchNode` child is an `AudienceFilter`. For experiments, use create-node only to insert a missing `VariantNode` before non-variant content; use add-branch for another variant path.
         */
        post: operations["createWorkflowNode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/nodes/{nodeId}/add-branch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the BranchNode or ExperimentBranchNode that should receive one new child. */
                nodeId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a branch
         * @description Add a branch and a child node under an existing Branch or Experiment node. Returns the created child node plus the latest workflow.
         *
         *     - Adding a branch to a `BranchNode` creates one `AudienceFilter` child node.
         *     - Adding a branch to an `ExperimentBranchNode` creates one `VariantNode` child node.
         *
         *     This endpoint does not accept node configuration fields; update the child node with `POST /v1/workflows/{workflowId}/nodes/{nodeId}` after creation. Public workflows are limited to 400 nodes, and this endpoint adds 1 node.
         */
        post: operations["addWorkflowBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/nodes/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the workflow node. */
                nodeId: string;
            };
            cookie?: never;
        };
        /**
         * Get a workflow node
         * @description Retrieve detailed data for a single workflow node.
         */
        get: operations["getWorkflowNode"];
        put?: never;
        /**
         * Update a workflow node
         * @description Update workflow-node-owned fields for a single node. Shared resources such as email messages and audience segments should be updated through their own APIs.
         */
        post: operations["updateWorkflowNode"];
        /**
         * Delete a workflow node
         * @description Delete a single workflow node. If contacts are queued at the node, Loops returns with `"status": "queuedContactsFound"` instead of deleting. Retry with `queuedContactPolicy: "discard"` to delete the node and discard those queued contacts. Confirmed deletion responses include the simplified workflow after the node is removed.
         */
        delete: operations["deleteWorkflowNode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/nodes/{nodeId}/reroute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the source workflow node whose outgoing connection should be moved. */
                nodeId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reroute a node connection
         * @description Reroute the source node's existing connection to another valid target node. Returns the updated source node and the latest workflow.
         */
        post: operations["rerouteNodeConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{workflowId}/nodes/{nodeId}/recursive": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The root node ID of the subtree to delete. */
                nodeId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete workflow nodes recursively
         * @description Delete a node and its downstream subtree. If contacts are queued at any node that would be deleted, Loops returns with `"status": "queuedContactsFound"` instead of deleting. Retry with `queuedContactPolicy: "discard"` to delete the nodes and discard those queued contacts. Confirmed deletion responses include the simplified workflow after the nodes are removed.
         */
        delete: operations["deleteWorkflowNodeRecursively"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    contactUnsubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact unsubscribed
         * @description Sent when a contact is unsubscribed from your audience, or when a contact is deleted from your audience (alongside `contact.deleted`). This is not the same as a contact unsubscribing from a mailing list (see `contact.mailingList.unsubscribed`). Contains a `contactIdentity` object.
         */
        post: operations["webhookContactUnsubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contactCreated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact created
         * @description Sent when a new contact is created in your audience. Contains a `contactIdentity` object and a full `contact` object with all of the new contact's properties (including custom properties). When double opt-in is enabled, contact webhooks do not fire until the contact is confirmed; `contact.created` only fires for form-created contacts once they confirm their subscription. `optInStatus` will never be `"pending"` or `"rejected"` for this event.
         */
        post: operations["webhookContactCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contactDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact deleted
         * @description Sent when a contact is deleted from your audience. Contains a `contactIdentity` object.
         */
        post: operations["webhookContactDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contactMailingListSubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact subscribed to mailing list
         * @description Sent when a contact is subscribed to a mailing list. Contains `contactIdentity` and `mailingList` objects. When double opt-in is enabled, this event only fires after the contact confirms their subscription.
         */
        post: operations["webhookContactMailingListSubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contactMailingListUnsubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact unsubscribed from mailing list
         * @description Sent when a contact is unsubscribed from a mailing list. This is not the same as a contact unsubscribing from your audience (see `contact.unsubscribed`). Contains `contactIdentity` and `mailingList` objects.
         */
        post: operations["webhookContactMailingListUnsubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    transactionalEmailSent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transactional email sent
         * @description Sent when a transactional email is sent to a contact. Contains a `transactionalId` value plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookTransactionalEmailSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    campaignEmailSent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Campaign email sent
         * @description Sent when a campaign email is sent to a contact. This event fires for every campaign send (for example, sending to 1,000 contacts produces 1,000 events). Contains `campaignId` and `campaignName` plus `contactIdentity` and `email` objects. If the campaign was sent to one or more mailing lists, a `mailingLists` array is also included.
         */
        post: operations["webhookCampaignEmailSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    loopEmailSent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Loop email sent
         * @description Sent when a workflow email is sent to a contact. This event keeps its `loop` naming for compatibility (Loops was renamed to Workflows on May 6, 2026). This event fires for every contact in a workflow (for example, 1,000 recipients produces 1,000 events). Contains `loopId` and `loopName` plus `contactIdentity` and `email` objects. If the workflow was sent to one or more mailing lists, a `mailingLists` array is also included.
         */
        post: operations["webhookLoopEmailSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailDelivered: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email delivered
         * @description Sent when an email is delivered to its recipient. Contains `sourceType` (`campaign`, `loop`, or `transactional`) and the related `campaignId`, `loopId` (workflow ID), or `transactionalId`, plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailDelivered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailSoftBounced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email soft bounced
         * @description Sent when an email soft bounces. Soft bounces are temporary delivery failures (for example, a connection timing out). Soft bounces are retried multiple times and the email may still be delivered. Contains `sourceType` and the related `campaignId`, `loopId` (workflow ID), or `transactionalId`, plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailSoftBounced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailHardBounced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email hard bounced
         * @description Sent when an email hard bounces. Hard bounces are persistent delivery failures (for example, a mailbox that does not exist); the email will not be delivered. In Loops, a hard bounce also unsubscribes the contact from your audience, so a `contact.unsubscribed` event will also be sent. Contains `sourceType` and the related `campaignId`, `loopId` (workflow ID), or `transactionalId`, plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailHardBounced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailClicked: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email clicked
         * @description Sent when a link in a campaign or workflow email is clicked. Not available for transactional emails because link clicks are not tracked for transactional emails. Contains `sourceType` and the related `campaignId` or `loopId` (workflow ID), plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailClicked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailUnsubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email unsubscribed
         * @description Sent when a recipient unsubscribes from marketing email or a mailing list using an email's "Unsubscribe" link. A `contact.unsubscribed` or `contact.mailingList.unsubscribed` event will also be sent depending on whether the email was sent to a mailing list. Not available for transactional emails because unsubscribe links are not included for transactional emails. Contains `sourceType` and the related `campaignId` or `loopId` (workflow ID), plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailUnsubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailResubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email resubscribed
         * @description Sent when a recipient resubscribes to marketing email from an email's preference center ("Unsubscribe" link). Not available for transactional emails because unsubscribe links are not included for transactional emails. Contains `sourceType` and the related `campaignId` or `loopId` (workflow ID), plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailResubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailOpened: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email opened
         * @description Sent when a campaign or workflow email is opened. Not available for transactional emails because email opens are not tracked for transactional emails. Contains `sourceType` and the related `campaignId` or `loopId` (workflow ID), plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailOpened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    emailSpamReported: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email spam reported
         * @description Sent when a recipient reports your email as spam. Contains `sourceType` and the related `campaignId`, `loopId` (workflow ID), or `transactionalId`, plus `contactIdentity` and `email` objects.
         */
        post: operations["webhookEmailSpamReported"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    testingTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test event
         * @description Test event that can be triggered from the Webhooks settings page in Loops. Use this to verify that your endpoint is working and that your signature verification code is correct. The payload contains `eventName`, `eventTime`, `message` (always `"test"`), and `webhookSchemaVersion`.
         */
        post: operations["webhookTestingTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @example {
         *       "id": "clh3k9m2p4q6r8s0t2v4x6z8",
         *       "email": "alex@company.com",
         *       "firstName": "Alex",
         *       "lastName": "Rivera",
         *       "source": "API",
         *       "subscribed": true,
         *       "userGroup": "customers",
         *       "userId": "usr_7f8e9d0c1b2a",
         *       "mailingLists": {
         *         "clm2k8j4h6g0f8d6s4a2b0z8": true
         *       },
         *       "optInStatus": "accepted"
         *     }
         */
        Contact: {
            /**
             * @description The contact's Loops ID.
             * @example clh3k9m2p4q6r8s0t2v4x6z8
             */
            id?: string;
            /**
             * @description The contact's email address.
             * @example alex@company.com
             */
            email?: string;
            /**
             * @description The contact's first name.
             * @example Alex
             */
            firstName?: string | null;
            /**
             * @description The contact's last name.
             * @example Rivera
             */
            lastName?: string | null;
            /**
             * @description The source the contact was created from.
             * @example API
             */
            source?: string;
            /**
             * @description Whether the contact will receive campaign and workflow emails.
             * @example true
             */
            subscribed?: boolean;
            /**
             * @description The contact's user group.
             * @example customers
             */
            userGroup?: string;
            /**
             * @description The contact's unique user ID.
             * @example usr_7f8e9d0c1b2a
             */
            userId?: string | null;
            /**
             * @description Mailing lists the contact is subscribed to, represented by key-value pairs of mailing list IDs and `true`.
             * @example {
             *       "cm06f5v0e45nf0ml5754o9cix": true
             *     }
             */
            mailingLists?: Record<string, unknown>;
            /**
             * @description Double opt-in status. This will be `null` for contacts unless they are created via a form while double opt-in is enabled.
             * @example accepted
             * @enum {string|null}
             */
            optInStatus?: "accepted" | "pending" | "rejected" | null;
        };
        /**
         * @example {
         *       "email": "alex@company.com",
         *       "firstName": "Alex",
         *       "lastName": "Rivera",
         *       "subscribed": true,
         *       "userGroup": "customers",
         *       "userId": "usr_7f8e9d0c1b2a",
         *       "mailingLists": {
         *         "clm2k8j4h6g0f8d6s4a2b0z8": true
         *       },
         *       "favoriteColor": "blue"
         *     }
         */
        ContactFields: {
            /**
             * @description The contact's email address.
             * @example alex@company.com
             */
            email?: string;
            /**
             * @description The contact's first name.
             * @example Alex
             */
            firstName?: string;
            /**
             * @description The contact's last name.
             * @example Rivera
             */
            lastName?: string;
            /**
             * @description A custom source value to replace the default “API”.
             * @example API
             */
            source?: string;
            /** @description Whether the contact will receive campaign and workflow emails. All new contacts are subscribed by default. */
            subscribed?: boolean;
            /**
             * @description The contact's user group.
             * @example customers
             */
            userGroup?: string;
            /**
             * @description A unique user ID (for example, from an external application).
             * @example usr_7f8e9d0c1b2a
             */
            userId?: string;
            mailingLists?: components["schemas"]["MailingListSubscriptions"];
        } & {
            [key: string]: string | number | boolean;
        };
        ContactRequest: components["schemas"]["ContactFields"] & Record<string, unknown>;
        /**
         * @example {
         *       "email": "alex@company.com",
         *       "firstName": "Alex",
         *       "lastName": "Rivera",
         *       "subscribed": true,
         *       "userGroup": "customers",
         *       "userId": "usr_7f8e9d0c1b2a",
         *       "mailingLists": {
         *         "clm2k8j4h6g0f8d6s4a2b0z8": true
         *       },
         *       "favoriteColor": "blue"
         *     }
         */
        ContactUpdateRequest: {
            [key: string]: string | number | boolean;
        } & (components["schemas"]["ContactFields"] & ({
            /** @description The contact's email address. **Required if `userId` is not provided.** */
            email?: string;
            /** @description Whether the contact will receive campaign and workflow emails. We recommend leaving this field out of your update requests unless you specifically want to unsubscribe (`false`) or re-subscribe (`true`) a contact. All new contacts are subscribed by default. */
            subscribed?: boolean;
            /** @description The contact's unique user ID. **Required if `email` is not provided.** */
            userId?: string;
        } | unknown | unknown));
        /**
         * @example {
         *       "success": true,
         *       "id": "clh3k9m2p4q6r8s0t2v4x6z8"
         *     }
         */
        ContactSuccessResponse: {
            /** @example true */
            success: boolean;
            /** @example clh3k9m2p4q6r8s0t2v4x6z8 */
            id: string;
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Invalid email address."
         *     }
         */
        ContactFailureResponse: {
            /** @example false */
            success: boolean;
            /** @example Invalid email address. */
            message: string;
        };
        /**
         * @example {
         *       "email": "alex@company.com",
         *       "userId": "usr_7f8e9d0c1b2a"
         *     }
         */
        ContactDeleteRequest: {
            /** @example alex@company.com */
            email: string;
            /** @example usr_7f8e9d0c1b2a */
            userId: string;
        };
        ContactDeleteResponse: {
            /** @example true */
            success: boolean;
            /** @example Contact deleted. */
            message: string;
        };
        /**
         * @example {
         *       "contact": {
         *         "id": "clh3k9m2p4q6r8s0t2v4x6z8",
         *         "email": "alex@company.com",
         *         "userId": "usr_7f8e9d0c1b2a"
         *       },
         *       "isSuppressed": false,
         *       "removalQuota": {
         *         "limit": 5,
         *         "remaining": 5
         *       }
         *     }
         */
        ContactSuppressionStatusResponse: {
            contact: {
                /** @description The contact's Loops ID. */
                id: string;
                /** @description The contact's email address. */
                email: string;
                /** @description The contact's unique user ID. */
                userId: string | null;
            };
            /** @description Whether the contact is suppressed. */
            isSuppressed: boolean;
            /** @description The removal quota for the contact. */
            removalQuota: components["schemas"]["ContactSuppressionRemovalQuota"];
        };
        ContactSuppressionRemoveResponse: {
            /**
             * @description Whether the suppression removal was successful.
             * @example true
             */
            success: boolean;
            /** @example Email removed from suppression list. */
            message: string;
            removalQuota: components["schemas"]["ContactSuppressionRemovalQuota"];
        };
        ContactSuppressionRemovalQuota: {
            /**
             * @description The number of suppression removals allowed in a rolling 30 day period.
             * @example 100
             */
            limit: number;
            /**
             * @description The remaining number of suppression removals left in the current 30 day period.
             * @example 10
             */
            remaining: number;
        };
        /**
         * @description There are a few [reserved names](https://loops.so/docs/contacts/properties#reserved-names) that you cannot use for contact properties.
         * @example {
         *       "name": "favoriteColor",
         *       "type": "string"
         *     }
         */
        ContactPropertyCreateRequest: {
            /**
             * @description The name of the property. This should be in camelCase, like `planName` or `importDate`.
             * @example favoriteColor
             */
            name: string;
            /**
             * @description The type of property.
             * @example string
             * @enum {string}
             */
            type: "string" | "number" | "boolean" | "date";
        };
        ContactPropertySuccessResponse: {
            /** @example true */
            success: boolean;
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Property already exists."
         *     }
         */
        ContactPropertyFailureResponse: {
            /** @example false */
            success: boolean;
            /** @example Property already exists. */
            message: string;
        };
        /**
         * @example {
         *       "email": "alex@company.com",
         *       "userId": "usr_7f8e9d0c1b2a",
         *       "eventName": "signup",
         *       "eventProperties": {
         *         "plan": "pro"
         *       },
         *       "mailingLists": {
         *         "clm2k8j4h6g0f8d6s4a2b0z8": true
         *       }
         *     }
         */
        EventRequest: ({
            /**
             * @description The contact's email address. **Required if `userId` is not provided.**
             * @example alex@company.com
             */
            email?: string;
            /**
             * @description The contact's unique user ID. **Required if `email` is not provided.**
             * @example usr_7f8e9d0c1b2a
             */
            userId?: string;
            /**
             * @description The name of the event.
             * @example signup
             */
            eventName: string;
            /**
             * @description An object containing event property data for the event, available in emails sent by the event.
             * @example {
             *       "planName": "Pro",
             *       "importDate": "2021-01-01"
             *     }
             */
            eventProperties?: Record<string, unknown>;
            mailingLists?: components["schemas"]["MailingListSubscriptions"];
        } & {
            [key: string]: string | number | boolean;
        }) | unknown | unknown;
        EventSuccessResponse: {
            /** @example true */
            success: boolean;
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Contact not found."
         *     }
         */
        EventFailureResponse: {
            /** @example false */
            success: boolean;
            /** @example Contact not found. */
            message: string;
        };
        /**
         * @example {
         *       "email": "alex@company.com",
         *       "transactionalId": "cll42l54f20i1la0lfooe3z12",
         *       "addToAudience": true,
         *       "dataVariables": {
         *         "name": "Alex",
         *         "passwordResetLink": "https://app.company.com/reset/abc123"
         *       }
         *     }
         */
        TransactionalRequest: {
            /**
             * @description The recipient's email address.
             * @example alex@company.com
             */
            email: string;
            /**
             * @description The ID of the transactional email to send.
             * @example cll42l54f20i1la0lfooe3z12
             */
            transactionalId: string;
            /**
             * @description If `true`, a contact will be created in your audience using the `email` value (if a matching contact doesn't already exist).
             * @example true
             */
            addToAudience?: boolean;
            /**
             * @description An object containing data as defined by the data variables added to the transactional email template. Values can be of type string or number.
             *
             *     If you have added optional data variables to your email, you can exclude them from the dataVariables object or set the value to "".
             *
             *     If you have added an array data variable to your email, make sure to include an array matching the data variables you added to your array block.
             * @example {
             *       "name": "Chris",
             *       "passwordResetLink": "https://example.com/reset-password"
             *     }
             */
            dataVariables?: Record<string, unknown>;
            /** @description A list containing file objects to be sent along with an email message. Attachments must be enabled by Loops support before they can be used with the API. */
            attachments?: {
                /** @description The name of the file, shown in email clients. */
                filename: string;
                /** @description The MIME type of the file. */
                contentType: string;
                /** @description The base64-encoded content of the file. */
                data: string;
            }[];
        };
        TransactionalSuccessResponse: {
            /** @example true */
            success: boolean;
        };
        /**
         * @example {
         *       "message": "Transactional email not found."
         *     }
         */
        TransactionalFailureResponse: {
            /** @example Transactional email not found. */
            message: string;
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Missing required data variable(s): confirmationUrl"
         *     }
         */
        TransactionalSendFailureResponse: {
            /** @example false */
            success: boolean;
            /** @example Missing required data variable(s): confirmationUrl */
            message: string;
        };
        TransactionalFailure2Response: {
            /** @example false */
            success: boolean;
            message: string;
            path: string;
        };
        TransactionalFailure3Response: {
            /** @example false */
            success: boolean;
            message: string;
            error: {
                path?: string;
                message?: string;
            };
        };
        TransactionalFailure4Response: {
            /** @example false */
            success: boolean;
            message: string;
            error: {
                path?: string;
                reason?: string;
            };
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Missing required data variable(s): confirmationUrl",
         *       "error": {
         *         "path": "dataVariables",
         *         "message": "Missing required data variable(s): confirmationUrl"
         *       },
         *       "transactionalId": "cll42l54f20i1la0lfooe3z12"
         *     }
         */
        TransactionalFailure5Response: {
            /** @example false */
            success: boolean;
            message: string;
            error: {
                path?: string;
                message?: string;
            };
            /** @example cll42l54f20i1la0lfooe3z12 */
            transactionalId: string;
        };
        /**
         * @example {
         *       "success": false,
         *       "message": "Idempotency key already used with a different request body."
         *     }
         */
        IdempotencyKeyFailureResponse: {
            /** @example false */
            success: boolean;
            message: string;
        };
        /**
         * @example {
         *       "id": "cll42l54f20i1la0lfooe3z12",
         *       "name": "Sign up confirmation",
         *       "lastUpdated": "2025-02-02T02:56:28.845Z",
         *       "dataVariables": [
         *         "confirmationUrl"
         *       ]
         *     }
         */
        TransactionalEmail: {
            /** @description The ID of the transactional email. */
            id: string;
            /** @description The name of the transactional email. */
            name: string;
            /** @description The date and time the transactional email was last updated in ISO 8601 format. */
            lastUpdated: string;
            /** @description The data variables used by the transactional email. */
            dataVariables: unknown[];
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "cll42l54f20i1la0lfooe3z12",
         *           "name": "Sign up confirmation",
         *           "lastUpdated": "2025-06-29T07:47:39.370Z",
         *           "dataVariables": [
         *             "confirmationUrl"
         *           ]
         *         }
         *       ]
         *     }
         */
        ListTransactionalsResponse: {
            pagination?: components["schemas"]["Pagination"];
            data?: components["schemas"]["TransactionalEmail"][];
        };
        /**
         * @example {
         *       "id": "cll42l54f20i1la0lfooe3z12",
         *       "name": "Sign up confirmation",
         *       "draftEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "publishedEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "transactionalGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "dataVariables": [
         *         "confirmationUrl"
         *       ]
         *     }
         */
        TransactionalResource: {
            /**
             * @description The ID of the transactional email.
             * @example cll42l54f20i1la0lfooe3z12
             */
            id: string;
            /**
             * @description The name of the transactional email.
             * @example Sign up confirmation
             */
            name: string;
            /**
             * @description The ID of the draft email message. `null` if there is no draft version.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            draftEmailMessageId: string | null;
            /**
             * @description The ID of the published email message. `null` if there is no published version.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            publishedEmailMessageId: string | null;
            /**
             * @description The ID of the group this transactional email belongs to.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            transactionalGroupId: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the transactional email was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the transactional email was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
            /** @description Data variable names used by the published email. Empty for unpublished transactional emails. */
            dataVariables: string[];
        };
        /**
         * @example {
         *       "id": "cll42l54f20i1la0lfooe3z12",
         *       "name": "Sign up confirmation",
         *       "draftEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "publishedEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "transactionalGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "dataVariables": [
         *         "confirmationUrl"
         *       ],
         *       "draftEmailMessageContentRevisionId": "clrev1s10n2i3d4e5f6g7h8"
         *     }
         */
        TransactionalDraftResponse: {
            /** @description The ID of the transactional email. */
            id: string;
            /** @description The name of the transactional email. */
            name: string;
            /** @description The ID of the draft email message. */
            draftEmailMessageId: string | null;
            /**
             * @description The `contentRevisionId` of the draft email message. Pass this as `expectedRevisionId` on your first update via `POST /v1/email-messages/{emailMessageId}`.
             * @example clrev1s10n2i3d4e5f6g7h8
             */
            draftEmailMessageContentRevisionId: string | null;
            /** @description The ID of the published email message. `null` if there is no published version. */
            publishedEmailMessageId: string | null;
            /** @description The ID of the group this transactional email belongs to. Returned when creating a transactional email. */
            transactionalGroupId?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the transactional email was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the transactional email was last updated.
             */
            updatedAt: string;
            /** @description Data variable names used by the published email. Empty for unpublished transactional emails. */
            dataVariables: string[];
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "cll42l54f20i1la0lfooe3z12",
         *           "name": "Sign up confirmation",
         *           "draftEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *           "publishedEmailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *           "transactionalGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z",
         *           "dataVariables": [
         *             "confirmationUrl"
         *           ]
         *         }
         *       ]
         *     }
         */
        ListTransactionalsResourceResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["TransactionalResource"][];
        };
        CreateTransactionalRequest: {
            /**
             * @description The name of the transactional email.
             * @example Welcome email
             */
            name: string;
            /**
             * @description The ID of the group to add this transactional email to. Defaults to the team's default group when omitted.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            transactionalGroupId?: string;
        };
        /** @description At least one field must be provided. */
        UpdateTransactionalRequest: {
            /** @example Password reset email */
            name?: string;
            /**
             * @description The ID of the group to move this transactional email to.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            transactionalGroupId?: string;
        };
        /**
         * @example {
         *       "key": "favoriteColor",
         *       "label": "Favorite color",
         *       "type": "string"
         *     }
         */
        ContactProperty: {
            /** @description The key of the contact property. */
            key: string;
            /** @description The human-friendly label for this property. */
            label: string;
            /**
             * @description The type of property.
             * @enum {string}
             */
            type: "string" | "number" | "boolean" | "date";
        };
        /**
         * @example {
         *       "id": "clm2k8j4h6g0f8d6s4a2b0z8",
         *       "name": "Product updates",
         *       "description": "Monthly product news and release notes",
         *       "isPublic": true
         *     }
         * @example {
         *       "id": "clm2k8j4h6g0f8d6s4a2b0z8",
         *       "name": "Product updates",
         *       "description": null,
         *       "isPublic": true
         *     }
         */
        MailingList: {
            /**
             * @description The ID of the mailing list.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             */
            id: string;
            /**
             * @description The name of the mailing list.
             * @example Product updates
             */
            name: string;
            /**
             * @description The description of the mailing list. `null` if no description is set.
             * @example Monthly product news and release notes
             */
            description: string | null;
            /**
             * @description Whether the mailing list is public (`true`) or private (`false`).
             * @example true
             */
            isPublic: boolean;
        };
        /**
         * @description Manage mailing list subscriptions.
         *
         *     Include key-value pairs of mailing list IDs and a `boolean` denoting if the contact should be added (`true`) or removed (`false`) from the list.
         * @example {
         *       "cm06f5v0e45nf0ml5754o9cix": true,
         *       "cm16k73gq014h0mmj5b6jdi9r": false
         *     }
         */
        MailingListSubscriptions: Record<string, unknown>;
        /**
         * @example {
         *       "id": "clt3u5v7w9x1y3z5a7b9c1d3",
         *       "name": "Default",
         *       "styles": {
         *         "backgroundColor": "#f5f5f5",
         *         "backgroundXPadding": 24,
         *         "backgroundYPadding": 24,
         *         "bodyColor": "#ffffff",
         *         "bodyXPadding": 24,
         *         "bodyYPadding": 24,
         *         "bodyFontFamily": "Helvetica",
         *         "bodyFontCategory": "sans-serif",
         *         "borderColor": "#e5e5e5",
         *         "borderWidth": 1,
         *         "borderRadius": 8,
         *         "buttonBodyColor": "#111827",
         *         "buttonBodyXPadding": 16,
         *         "buttonBodyYPadding": 12,
         *         "buttonBorderColor": "#111827",
         *         "buttonBorderWidth": 0,
         *         "buttonBorderRadius": 6,
         *         "buttonTextColor": "#ffffff",
         *         "buttonTextFormat": 0,
         *         "buttonTextFontSize": 16,
         *         "dividerColor": "#e5e5e5",
         *         "dividerBorderWidth": 1,
         *         "textBaseColor": "#374151",
         *         "textBaseFontSize": 16,
         *         "textBaseLineHeight": 24,
         *         "textBaseLetterSpacing": 0,
         *         "textLinkColor": "#2563eb",
         *         "heading1Color": "#111827",
         *         "heading1FontSize": 28,
         *         "heading1LineHeight": 36,
         *         "heading1LetterSpacing": -0.5,
         *         "heading2Color": "#111827",
         *         "heading2FontSize": 22,
         *         "heading2LineHeight": 30,
         *         "heading2LetterSpacing": -0.25,
         *         "heading3Color": "#111827",
         *         "heading3FontSize": 18,
         *         "heading3LineHeight": 26,
         *         "heading3LetterSpacing": 0
         *       },
         *       "isDefault": true,
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z"
         *     }
         */
        Theme: {
            /**
             * @description The ID of the theme.
             * @example clt3u5v7w9x1y3z5a7b9c1d3
             */
            id: string;
            /**
             * @description The name of the theme.
             * @example Default
             */
            name: string;
            styles: components["schemas"]["ThemeStyles"];
            /**
             * @description Whether this theme is the team's default.
             * @example true
             */
            isDefault: boolean;
            /**
             * @description ISO 8601 timestamp for when the theme was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp for when the theme was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
        };
        /** @description Flat map of style attributes, matching the attribute names accepted by the LMX `<Style />` tag. */
        ThemeStyles: {
            backgroundColor?: string;
            backgroundXPadding?: number;
            backgroundYPadding?: number;
            bodyColor?: string;
            bodyXPadding?: number;
            bodyYPadding?: number;
            bodyFontFamily?: string;
            bodyFontCategory?: string;
            borderColor?: string;
            borderWidth?: number;
            borderRadius?: number;
            buttonBodyColor?: string;
            buttonBodyXPadding?: number;
            buttonBodyYPadding?: number;
            buttonBorderColor?: string;
            buttonBorderWidth?: number;
            buttonBorderRadius?: number;
            buttonTextColor?: string;
            buttonTextFormat?: number;
            buttonTextFontSize?: number;
            dividerColor?: string;
            dividerBorderWidth?: number;
            textBaseColor?: string;
            textBaseFontSize?: number;
            textBaseLineHeight?: number;
            textBaseLetterSpacing?: number;
            textLinkColor?: string;
            heading1Color?: string;
            heading1FontSize?: number;
            heading1LineHeight?: number;
            heading1LetterSpacing?: number;
            heading2Color?: string;
            heading2FontSize?: number;
            heading2LineHeight?: number;
            heading2LetterSpacing?: number;
            heading3Color?: string;
            heading3FontSize?: number;
            heading3LineHeight?: number;
            heading3LetterSpacing?: number;
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "clt3u5v7w9x1y3z5a7b9c1d3",
         *           "name": "Default",
         *           "styles": {
         *             "backgroundColor": "#f5f5f5",
         *             "backgroundXPadding": 24,
         *             "backgroundYPadding": 24,
         *             "bodyColor": "#ffffff",
         *             "bodyXPadding": 24,
         *             "bodyYPadding": 24,
         *             "bodyFontFamily": "Helvetica",
         *             "bodyFontCategory": "sans-serif",
         *             "borderColor": "#e5e5e5",
         *             "borderWidth": 1,
         *             "borderRadius": 8,
         *             "buttonBodyColor": "#111827",
         *             "buttonBodyXPadding": 16,
         *             "buttonBodyYPadding": 12,
         *             "buttonBorderColor": "#111827",
         *             "buttonBorderWidth": 0,
         *             "buttonBorderRadius": 6,
         *             "buttonTextColor": "#ffffff",
         *             "buttonTextFormat": 0,
         *             "buttonTextFontSize": 16,
         *             "dividerColor": "#e5e5e5",
         *             "dividerBorderWidth": 1,
         *             "textBaseColor": "#374151",
         *             "textBaseFontSize": 16,
         *             "textBaseLineHeight": 24,
         *             "textBaseLetterSpacing": 0,
         *             "textLinkColor": "#2563eb",
         *             "heading1Color": "#111827",
         *             "heading1FontSize": 28,
         *             "heading1LineHeight": 36,
         *             "heading1LetterSpacing": -0.5,
         *             "heading2Color": "#111827",
         *             "heading2FontSize": 22,
         *             "heading2LineHeight": 30,
         *             "heading2LetterSpacing": -0.25,
         *             "heading3Color": "#111827",
         *             "heading3FontSize": 18,
         *             "heading3LineHeight": 26,
         *             "heading3LetterSpacing": 0
         *           },
         *           "isDefault": true,
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z"
         *         }
         *       ]
         *     }
         */
        ListThemesResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["Theme"][];
        };
        /**
         * @example {
         *       "id": "clt3u5v7w9x1y3z5a7b9c1d3",
         *       "name": "Default",
         *       "styles": {
         *         "backgroundColor": "#f5f5f5",
         *         "backgroundXPadding": 24,
         *         "backgroundYPadding": 24,
         *         "bodyColor": "#ffffff",
         *         "bodyXPadding": 24,
         *         "bodyYPadding": 24,
         *         "bodyFontFamily": "Helvetica",
         *         "bodyFontCategory": "sans-serif",
         *         "borderColor": "#e5e5e5",
         *         "borderWidth": 1,
         *         "borderRadius": 8,
         *         "buttonBodyColor": "#111827",
         *         "buttonBodyXPadding": 16,
         *         "buttonBodyYPadding": 12,
         *         "buttonBorderColor": "#111827",
         *         "buttonBorderWidth": 0,
         *         "buttonBorderRadius": 6,
         *         "buttonTextColor": "#ffffff",
         *         "buttonTextFormat": 0,
         *         "buttonTextFontSize": 16,
         *         "dividerColor": "#e5e5e5",
         *         "dividerBorderWidth": 1,
         *         "textBaseColor": "#374151",
         *         "textBaseFontSize": 16,
         *         "textBaseLineHeight": 24,
         *         "textBaseLetterSpacing": 0,
         *         "textLinkColor": "#2563eb",
         *         "heading1Color": "#111827",
         *         "heading1FontSize": 28,
         *         "heading1LineHeight": 36,
         *         "heading1LetterSpacing": -0.5,
         *         "heading2Color": "#111827",
         *         "heading2FontSize": 22,
         *         "heading2LineHeight": 30,
         *         "heading2LetterSpacing": -0.25,
         *         "heading3Color": "#111827",
         *         "heading3FontSize": 18,
         *         "heading3LineHeight": 26,
         *         "heading3LetterSpacing": 0
         *       },
         *       "isDefault": true,
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z"
         *     }
         */
        ThemeResponse: {
            /**
             * @description The ID of the theme.
             * @example clt3u5v7w9x1y3z5a7b9c1d3
             */
            id: string;
            /**
             * @description The name of the theme.
             * @example Default
             */
            name: string;
            styles: components["schemas"]["ThemeStyles"];
            /**
             * @description Whether this theme is the team's default.
             * @example true
             */
            isDefault: boolean;
            /**
             * @description ISO 8601 timestamp for when the theme was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp for when the theme was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "message": "Theme not found."
         *     }
         */
        ThemeFailureResponse: {
            message: string;
        };
        /**
         * @example {
         *       "name": "Dark mode",
         *       "styles": {
         *         "backgroundColor": "#111827",
         *         "bodyColor": "#1f2937"
         *       }
         *     }
         */
        CreateThemeBody: {
            /**
             * @description The theme name.
             * @example Dark mode
             */
            name: string;
            /** @description Style attributes for the theme. Attributes use the same names as the LMX [`<Style />`](/creating-emails/lmx#document-styles) tag attributes. */
            styles?: components["schemas"]["ThemeStyles"];
        };
        /** @description At least one of `name` or `styles` must be provided. */
        UpdateThemeBody: {
            name?: string;
            styles?: components["schemas"]["ThemeStyles"];
        };
        /**
         * @example {
         *       "id": "clt3u5v7w9x1y3z5a7b9c1d3",
         *       "name": "Default",
         *       "styles": {
         *         "backgroundColor": "#f5f5f5",
         *         "backgroundXPadding": 24,
         *         "backgroundYPadding": 24,
         *         "bodyColor": "#ffffff",
         *         "bodyXPadding": 24,
         *         "bodyYPadding": 24,
         *         "bodyFontFamily": "Helvetica",
         *         "bodyFontCategory": "sans-serif",
         *         "borderColor": "#e5e5e5",
         *         "borderWidth": 1,
         *         "borderRadius": 8,
         *         "buttonBodyColor": "#111827",
         *         "buttonBodyXPadding": 16,
         *         "buttonBodyYPadding": 12,
         *         "buttonBorderColor": "#111827",
         *         "buttonBorderWidth": 0,
         *         "buttonBorderRadius": 6,
         *         "buttonTextColor": "#ffffff",
         *         "buttonTextFormat": 0,
         *         "buttonTextFontSize": 16,
         *         "dividerColor": "#e5e5e5",
         *         "dividerBorderWidth": 1,
         *         "textBaseColor": "#374151",
         *         "textBaseFontSize": 16,
         *         "textBaseLineHeight": 24,
         *         "textBaseLetterSpacing": 0,
         *         "textLinkColor": "#2563eb",
         *         "heading1Color": "#111827",
         *         "heading1FontSize": 28,
         *         "heading1LineHeight": 36,
         *         "heading1LetterSpacing": -0.5,
         *         "heading2Color": "#111827",
         *         "heading2FontSize": 22,
         *         "heading2LineHeight": 30,
         *         "heading2LetterSpacing": -0.25,
         *         "heading3Color": "#111827",
         *         "heading3FontSize": 18,
         *         "heading3LineHeight": 26,
         *         "heading3LetterSpacing": 0
         *       },
         *       "isDefault": true,
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "affectedEmailCount": 12
         *     }
         */
        UpdateThemeResponse: components["schemas"]["ThemeResponse"] & {
            /** @description The number of emails using this theme that are affected by the style change. `0` when only the name changed. */
            affectedEmailCount: number;
        };
        /**
         * @example {
         *       "id": "clp2o4i6u8y0t5r3e1w7q9s1",
         *       "name": "Header",
         *       "lmx": "<Paragraph>Welcome to Acme</Paragraph>"
         *     }
         */
        Component: {
            /** @example clp2o4i6u8y0t5r3e1w7q9s1 */
            id: string;
            /** @example Header */
            name: string;
            /**
             * @description The component body serialized as LMX.
             * @example <Paragraph>Welcome to Acme</Paragraph>
             */
            lmx: string;
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "clp2o4i6u8y0t5r3e1w7q9s1",
         *           "name": "Header",
         *           "lmx": "<Paragraph>Welcome to Acme</Paragraph>"
         *         }
         *       ]
         *     }
         */
        ListComponentsResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["Component"][];
        };
        /**
         * @example {
         *       "id": "clp2o4i6u8y0t5r3e1w7q9s1",
         *       "name": "Header",
         *       "lmx": "<Paragraph>Welcome to Acme</Paragraph>"
         *     }
         */
        ComponentResponse: {
            /** @description The ID of the component. */
            id: string;
            /** @description The name of the component. */
            name: string;
            /** @description The component body serialized as LMX. */
            lmx: string;
        };
        /**
         * @example {
         *       "message": "Component not found."
         *     }
         */
        ComponentFailureResponse: {
            message: string;
        };
        /**
         * @example {
         *       "message": "Component uses unsupported contact properties.",
         *       "invalidTags": [
         *         "companyName"
         *       ]
         *     }
         */
        ComponentValidationFailureResponse: {
            message: string;
            /** @description The dynamic variables that the change would push into an email that cannot use them. Present only when the update was rejected for that reason. */
            invalidTags?: string[];
        };
        /**
         * @example {
         *       "name": "Header",
         *       "lmx": "<Paragraph>Welcome to Acme</Paragraph>"
         *     }
         */
        CreateComponentBody: {
            /** @description The component name. */
            name: string;
            /** @description The component body as an LMX string. */
            lmx: string;
        };
        /** @description At least one of `name` or `lmx` must be provided. */
        UpdateComponentBody: {
            name?: string;
            /** @description The component body as an LMX string. */
            lmx?: string;
        };
        /**
         * @example {
         *       "id": "clp2o4i6u8y0t5r3e1w7q9s1",
         *       "name": "Header",
         *       "lmx": "<Paragraph>Welcome to Acme</Paragraph>",
         *       "affectedEmailCount": 3
         *     }
         */
        UpdateComponentResponse: components["schemas"]["ComponentResponse"] & {
            /** @description The number of emails using this component that were updated by the body change. `0` when only the name changed. */
            affectedEmailCount: number;
        };
        /**
         * @example {
         *       "id": "cls6e8g0i2k4m6o8q0s2u4w6",
         *       "name": "Power users",
         *       "description": "Contacts on the pro plan",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "filter": {
         *         "match": "all",
         *         "conditions": [
         *           {
         *             "type": "property",
         *             "key": "plan",
         *             "operator": "equals",
         *             "value": "pro"
         *           }
         *         ]
         *       }
         *     }
         */
        AudienceSegment: {
            /**
             * @description The ID of the audience segment.
             * @example cls6e8g0i2k4m6o8q0s2u4w6
             */
            id: string;
            /**
             * @description The name of the audience segment.
             * @example Power users
             */
            name: string;
            /**
             * @description An optional description of the audience segment.
             * @example Contacts on the pro plan
             */
            description: string | null;
            /**
             * @description ISO 8601 timestamp for when the audience segment was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * @description ISO 8601 timestamp for when the audience segment was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
            filter: components["schemas"]["AudienceFilter"];
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "cls6e8g0i2k4m6o8q0s2u4w6",
         *           "name": "Power users",
         *           "description": "Contacts on the pro plan",
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z",
         *           "filter": {
         *             "match": "all",
         *             "conditions": [
         *               {
         *                 "type": "property",
         *                 "key": "plan",
         *                 "operator": "equals",
         *                 "value": "pro"
         *               }
         *             ]
         *           }
         *         }
         *       ]
         *     }
         */
        ListAudienceSegmentsResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["AudienceSegment"][];
        };
        /**
         * @example {
         *       "id": "cls6e8g0i2k4m6o8q0s2u4w6",
         *       "name": "Power users",
         *       "description": "Contacts on the pro plan",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "filter": {
         *         "match": "all",
         *         "conditions": [
         *           {
         *             "type": "property",
         *             "key": "plan",
         *             "operator": "equals",
         *             "value": "pro"
         *           }
         *         ]
         *       }
         *     }
         */
        AudienceSegmentResponse: components["schemas"]["AudienceSegment"];
        CreateAudienceSegmentRequest: {
            /**
             * @description The name of the audience segment. Must be unique within the team.
             * @example Active users
             */
            name: string;
            /** @description An optional description of the audience segment. */
            description?: string;
            /** @description A tree of audience conditions combined with `match`. */
            filter: {
                /** @enum {string} */
                match: "all" | "any";
                conditions: components["schemas"]["AudienceFilterCondition"][];
            };
        };
        /**
         * @example {
         *       "message": "Audience segment not found."
         *     }
         */
        AudienceSegmentFailureResponse: {
            message: string;
        };
        /**
         * @description When the campaign is scheduled to send.
         * @example {
         *       "method": "schedule",
         *       "timestamp": "2025-07-15T14:00:00.000Z"
         *     }
         */
        CampaignScheduling: {
            /** @enum {string} */
            method: "now" | "schedule";
            /**
             * Format: date-time
             * @description ISO 8601 send time. Null when the method is `now`.
             */
            timestamp: string | null;
        };
        /**
         * @description When the campaign should send. `timestamp` is required and must be in the future when `method` is `schedule`, and must be omitted when `method` is `now`.
         * @example {
         *       "method": "schedule",
         *       "timestamp": "2025-07-15T14:00:00.000Z"
         *     }
         */
        CampaignSchedulingRequest: {
            /** @enum {string} */
            method: "now" | "schedule";
            /** Format: date-time */
            timestamp?: string;
        };
        /** @description A tree of audience conditions combined with `match`. */
        AudienceFilter: {
            /** @enum {string} */
            match: "all" | "any";
            conditions: components["schemas"]["AudienceFilterCondition"][];
        } | null;
        /** @description A tree of audience conditions combined with `match`. Setting this without also providing `audienceSegmentId` clears any existing `audienceSegmentId`. When both are provided, this filter is applied on top of the segment's filter. */
        AudienceFilterInRequest: {
            /** @enum {string} */
            match: "all" | "any";
            conditions: components["schemas"]["AudienceFilterCondition"][];
        } | null;
        AudienceFilterCondition: components["schemas"]["PropertyCondition"] | components["schemas"]["OptInCondition"] | components["schemas"]["ActivityCondition"];
        /**
         * @description Matches contacts by a property value.
         * @example {
         *       "type": "property",
         *       "key": "plan",
         *       "operator": "equals",
         *       "value": "pro"
         *     }
         */
        PropertyCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PropertyCondition";
            /** @description The contact property name. */
            key: string;
            /** @enum {string} */
            operator: "any" | "contains" | "notContains" | "equals" | "notEquals" | "greaterThan" | "lessThan" | "isTrue" | "isFalse" | "empty" | "notEmpty" | "dateEmpty" | "dateNotEmpty" | "after" | "before" | "between";
            /** @description The comparison value. Omitted for value-less operators (e.g. `isTrue`, `empty`). A `{ from, to }` object for `between`. */
            value?: string | number | {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
            };
        };
        /**
         * @description Matches contacts by mailing-list opt-in status.
         * @example {
         *       "type": "optIn",
         *       "status": "accepted"
         *     }
         */
        OptInCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "OptInCondition";
            /** @enum {string|null} */
            status: "accepted" | "pending" | "rejected" | null;
        };
        /**
         * @description Matches contacts by their activity on a campaign or workflow.
         * @example {
         *       "type": "activity",
         *       "action": "opened",
         *       "negate": false,
         *       "target": "campaign",
         *       "id": "clc4m6n8p0q2r4s6t8u0v2x4"
         *     }
         */
        ActivityCondition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ActivityCondition";
            /** @enum {string} */
            action: "sent" | "opened" | "clicked";
            negate: boolean;
            /** @enum {string} */
            target: "campaign" | "workflow" | "workflowEmail";
            /** @description The ID of the campaign, workflow, or workflow email. */
            id: string;
        };
        CampaignListItem: components["schemas"]["CampaignResponse"];
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 45,
         *         "returnedResults": 20,
         *         "perPage": 20,
         *         "totalPages": 3,
         *         "nextCursor": "clp9k2m4n6p8q0r2s4t6u8v0",
         *         "nextPage": "https://app.loops.so/api/v1/campaigns?cursor=clp9k2m4n6p8q0r2s4t6u8v0&perPage=20"
         *       },
         *       "data": [
         *         {
         *           "id": "clc4m6n8p0q2r4s6t8u0v2x4",
         *           "name": "Spring announcement",
         *           "status": "Draft",
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z",
         *           "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *           "campaignGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *           "mailingListId": "clm2k8j4h6g0f8d6s4a2b0z8",
         *           "audienceSegmentId": null,
         *           "audienceFilter": null,
         *           "scheduling": {
         *             "method": "now",
         *             "timestamp": null
         *           }
         *         }
         *       ]
         *     }
         */
        ListCampaignsResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["CampaignResponse"][];
        };
        CreateCampaignRequest: {
            /**
             * @description The campaign name.
             * @example Spring announcement
             */
            name: string;
            /**
             * @description The ID of the group to add this campaign to. Defaults to the team's default group when omitted.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            campaignGroupId?: string;
            /**
             * @description The ID of the mailing list to send to.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             */
            mailingListId?: string | null;
            /**
             * @description The ID of an audience segment. Setting this without also providing `audienceFilter` clears any existing `audienceFilter`. If both are provided, the filter is applied on top of the segment's filter.
             * @example cls6e8g0i2k4m6o8q0s2u4w6
             */
            audienceSegmentId?: string | null;
            audienceFilter?: components["schemas"]["AudienceFilterInRequest"];
            scheduling?: components["schemas"]["CampaignSchedulingRequest"];
        };
        /**
         * @example {
         *       "id": "clc4m6n8p0q2r4s6t8u0v2x4",
         *       "name": "Spring announcement",
         *       "status": "Draft",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "campaignGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *       "mailingListId": "clm2k8j4h6g0f8d6s4a2b0z8",
         *       "audienceSegmentId": null,
         *       "audienceFilter": null,
         *       "scheduling": {
         *         "method": "now",
         *         "timestamp": null
         *       },
         *       "emailMessageContentRevisionId": "clrev1s10n2i3d4e5f6g7h8"
         *     }
         */
        CreateCampaignResponse: {
            /**
             * @description The ID of the campaign.
             * @example clc4m6n8p0q2r4s6t8u0v2x4
             */
            id: string;
            /**
             * @description The name of the campaign.
             * @example Spring announcement
             */
            name: string;
            /**
             * @description The status of the campaign (always `Draft` for new campaigns).
             * @example Draft
             * @enum {string}
             */
            status: "Draft";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the campaign was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the campaign was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
            /**
             * @description The ID of the empty email message created for this campaign. Use `POST /v1/email-messages/{emailMessageId}` to set its fields and LMX content.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            emailMessageId: string | null;
            /**
             * @description The `contentRevisionId` of the newly created email message. Pass this as `expectedRevisionId` on your first update.
             * @example clrev1s10n2i3d4e5f6g7h8
             */
            emailMessageContentRevisionId: string | null;
            /**
             * @description The ID of the campaign group this campaign belongs to, if set.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            campaignGroupId: string | null;
            /**
             * @description The ID of the mailing list this campaign sends to, if set.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             */
            mailingListId: string | null;
            /**
             * @description The ID of the audience segment this campaign targets, if set.
             * @example cls6e8g0i2k4m6o8q0s2u4w6
             */
            audienceSegmentId: string | null;
            /** @description The filter rules that define the audience for this campaign, if set. */
            audienceFilter: components["schemas"]["AudienceFilter"];
            /** @description When the campaign is scheduled to send. */
            scheduling: components["schemas"]["CampaignScheduling"];
        };
        /** @description At least one field must be provided. */
        UpdateCampaignRequest: {
            /**
             * @description The updated campaign name.
             * @example Spring announcement
             */
            name?: string;
            /**
             * @description The ID of the group to move this campaign to.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            campaignGroupId?: string;
            /**
             * @description The ID of the mailing list to send to.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             */
            mailingListId?: string | null;
            /**
             * @description The ID of an audience segment. Setting this without also providing `audienceFilter` clears any existing `audienceFilter`. If both are provided, the filter is applied on top of the segment's filter.
             * @example cls6e8g0i2k4m6o8q0s2u4w6
             */
            audienceSegmentId?: string | null;
            audienceFilter?: components["schemas"]["AudienceFilterInRequest"];
            scheduling?: components["schemas"]["CampaignSchedulingRequest"];
        };
        /**
         * @example {
         *       "id": "clc4m6n8p0q2r4s6t8u0v2x4",
         *       "name": "Spring announcement",
         *       "status": "Draft",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z",
         *       "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "campaignGroupId": "clg7n5p3q1r9s7t5u3v1w9y7",
         *       "mailingListId": "clm2k8j4h6g0f8d6s4a2b0z8",
         *       "audienceSegmentId": null,
         *       "audienceFilter": null,
         *       "scheduling": {
         *         "method": "now",
         *         "timestamp": null
         *       }
         *     }
         */
        CampaignResponse: {
            /**
             * @description The ID of the campaign.
             * @example clc4m6n8p0q2r4s6t8u0v2x4
             */
            id: string;
            /**
             * @description The name of the campaign.
             * @example Spring announcement
             */
            name: string;
            /**
             * @description The status of the campaign.
             * @example Draft
             * @enum {string}
             */
            status: "Draft" | "Scheduled" | "Sending" | "Sent";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the campaign was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the campaign was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
            /**
             * @description The associated email message ID.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            emailMessageId: string | null;
            /**
             * @description The ID of the campaign group this campaign belongs to.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            campaignGroupId: string | null;
            /**
             * @description The ID of the mailing list this campaign sends to, if set.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             */
            mailingListId: string | null;
            /**
             * @description The ID of the audience segment this campaign targets, if set.
             * @example cls6e8g0i2k4m6o8q0s2u4w6
             */
            audienceSegmentId: string | null;
            /** @description The filter rules that define the audience for this campaign, if set. */
            audienceFilter: components["schemas"]["AudienceFilter"];
            scheduling: components["schemas"]["CampaignScheduling"];
        };
        /**
         * @example {
         *       "message": "Campaign not found."
         *     }
         */
        CampaignFailureResponse: {
            message: string;
        };
        /**
         * @example {
         *       "id": "clw1a3b5c7d9e1f3g5h7i9j1",
         *       "name": "Welcome series",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z"
         *     }
         */
        WorkflowSummary: {
            /**
             * @description The ID of the workflow.
             * @example clw1a3b5c7d9e1f3g5h7i9j1
             */
            id: string;
            /**
             * @description The name of the workflow.
             * @example Welcome series
             */
            name: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the workflow was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the workflow was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 45,
         *         "returnedResults": 20,
         *         "perPage": 20,
         *         "totalPages": 3,
         *         "nextCursor": "clp9k2m4n6p8q0r2s4t6u8v0",
         *         "nextPage": "https://app.loops.so/api/v1/workflows?cursor=clp9k2m4n6p8q0r2s4t6u8v0&perPage=20"
         *       },
         *       "data": [
         *         {
         *           "id": "clw1a3b5c7d9e1f3g5h7i9j1",
         *           "name": "Welcome series",
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z"
         *         }
         *       ]
         *     }
         */
        ListWorkflowsResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["WorkflowSummary"][];
        };
        /** @description The current workflow revision token. Pass the latest value as `expectedRevisionId` on the next workflow mutation. */
        WorkflowRevisionId: string;
        /** @description The current workflow revision token. Pass the latest value as `expectedRevisionId` on the next workflow mutation. Will be `null` for workflows without a revision token yet. */
        NullableWorkflowRevisionId: string | null;
        /** @description If `true`, the contacts will be able to enter this workflow every time the trigger is matched. If `false`, contacts will only ever enter this workflow once. Matches the "Trigger frequency" option in the UI. */
        WorkflowReEligible: boolean;
        /** @description The IDs of the nodes that are downstream of this node. */
        WorkflowNextNodeIds: string[];
        /** @description The workflow revision token returned by the latest workflow read or mutation. Older workflows may return `null` before their first revision-aware mutation; pass `null` back as `expectedRevisionId` in that case. If the token is stale, the API returns a `409 Conflict` error. */
        WorkflowExpectedRevisionId: string | null;
        /**
         * @description `fail` returns queued-contact impact instead of mutating. `discard` confirms that matching queued contacts should be discarded. Defaults to `fail` when omitted.
         * @default fail
         * @enum {string}
         */
        WorkflowQueuedContactPolicy: "fail" | "discard";
        /**
         * @example {
         *       "id": "clw1a3b5c7d9e1f3g5h7i9j1",
         *       "status": "Draft",
         *       "name": "Welcome series",
         *       "description": "Onboarding emails for new signups",
         *       "mailingListId": "clm2k8j4h6g0f8d6s4a2b0z8",
         *       "rootNodeId": "cln8p0q2r4s6t8u0v2w4x6z8",
         *       "nodes": {
         *         "cln8p0q2r4s6t8u0v2w4x6z8": {
         *           "typeName": "SignupTrigger",
         *           "nextNodeIds": [
         *             "cln1a3b5c7d9e1f3g5h7i9j1"
         *           ]
         *         },
         *         "cln1a3b5c7d9e1f3g5h7i9j1": {
         *           "typeName": "SendEmailAction",
         *           "nextNodeIds": [],
         *           "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *           "subject": "Welcome to Acme!"
         *         }
         *       }
         *     }
         */
        SimplifiedWorkflow: {
            /** @description The ID of the workflow. */
            id: string;
            workflowRevisionId: components["schemas"]["NullableWorkflowRevisionId"];
            /** @enum {string} */
            status: "Draft" | "Sending" | "Paused" | "PausedAndQueueing";
            /** @description The name of the workflow. */
            name?: string;
            /** @description The description of the workflow. */
            description?: string;
            /** @description The ID of the mailing list the workflow sends to. */
            mailingListId: string | null;
            /** @description The ID of the root node in the workflow graph. */
            rootNodeId: string;
            /**
             * @description A map of node IDs to simplified node objects. Each node includes `typeName` and `nextNodeIds`, plus type-specific fields when present. To get the full node object, use the `GET /v1/workflows/{workflowId}/nodes/{nodeId}` endpoint.
             * @example {
             *       "cf16k73gq014h3mmj5b6jdi9r": {
             *         "typeName": "SignupTrigger",
             *         "nextNodeIds": [
             *           "cf16k73gq014h3mmj5b4jdifg",
             *           "cf16k73gq014h3mmj5b4jdifh"
             *         ]
             *       }
             *     }
             */
            nodes: {
                [key: string]: components["schemas"]["SimplifiedWorkflowNode"];
            };
        };
        CreateWorkflowRequest: {
            /** @description The name of the workflow. */
            name: string;
            /** @description The description of the workflow. */
            description?: string;
            /** @description The ID of a mailing list the workflow sends to. After creation, the mailing list can be changed with the `/v1/workflows/{workflowId}/mailing-list` endpoint. */
            mailingListId?: string | null;
        };
        /** @description At least one property must be provided. */
        UpdateWorkflowPropertiesRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /** @description The updated workflow name. */
            name?: string;
            /** @description The updated workflow description. */
            description?: string;
        } | unknown | unknown;
        /** @description Detailed workflow node returned from create and update mutations. The exact fields depend on `typeName`. */
        WorkflowMutationNode: components["schemas"]["SignupTriggerWorkflowMutationNode"] | components["schemas"]["EventTriggerWorkflowMutationNode"] | components["schemas"]["ContactPropertyTriggerWorkflowMutationNode"] | components["schemas"]["AddToListTriggerWorkflowMutationNode"] | components["schemas"]["BlankTriggerWorkflowMutationNode"] | components["schemas"]["AudienceFilterWorkflowMutationNode"] | components["schemas"]["TimerActionWorkflowMutationNode"] | components["schemas"]["SendEmailActionWorkflowMutationNode"] | components["schemas"]["ExitActionWorkflowMutationNode"] | components["schemas"]["BranchWorkflowMutationNode"] | components["schemas"]["ExperimentBranchWorkflowMutationNode"] | components["schemas"]["VariantWorkflowMutationNode"];
        WorkflowMutationNodeRevision: {
            workflowRevisionId: components["schemas"]["WorkflowRevisionId"];
        };
        SignupTriggerWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SignupTrigger";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        EventTriggerWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "EventTrigger";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The name of the event pattern that triggers this node. */
            eventName?: string;
            /** @description The properties of the event pattern, which can be used in emails. */
            eventProperties?: components["schemas"]["WorkflowEventProperty"][];
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        ContactPropertyTriggerWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ContactPropertyTrigger";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            contactPropertyQuery: components["schemas"]["WorkflowContactPropertyQuery"] | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        AddToListTriggerWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AddToListTrigger";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The ID of the mailing list this trigger sends to, if set. */
            mailingListId: string | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        BlankTriggerWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BlankTrigger";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        AudienceFilterWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AudienceFilter";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            audienceFilter?: components["schemas"]["AudienceFilter"];
            /** @description The ID of the audience segment this trigger targets. */
            audienceSegmentId?: string;
            /** @description If `true`, the audience filter will apply to all downstream nodes. If `false`, the audience filter will only apply to the current node. Matches the "Filter scope" option in the UI. */
            appliesDownstream: boolean;
        };
        TimerActionWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "TimerAction";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            amount: components["schemas"]["WorkflowTimerAmount"];
            unit: components["schemas"]["WorkflowTimerUnit"];
        };
        SendEmailActionWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SendEmailAction";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The ID of the email message to send. To edit this email, use the `POST /v1/email-messages/{emailMessageId}` endpoint. */
            emailMessageId: string;
            subject: string;
        };
        ExitActionWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExitAction";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        BranchWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BranchNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        ExperimentBranchWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExperimentBranchNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The percentage of contacts that will be sent to variant branches, between `0` and `100`. The remaining percentage will be sent to the control branch. `100` sends all contacts to variant branches. */
            samplingRate: number;
        };
        VariantWorkflowMutationNode: {
            id: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "VariantNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description Whether this is the control variant of an experiment. */
            isControl?: boolean;
        };
        /** @description Node-type-specific fields to update. The allowed fields depend on the existing node type. Trigger node updates may include `typeName` when changing one trigger node type to another trigger node type. */
        UpdateWorkflowNodePayload: components["schemas"]["WorkflowSignupTriggerPayload"] | components["schemas"]["WorkflowEventTriggerPayload"] | components["schemas"]["WorkflowContactPropertyTriggerPayload"] | components["schemas"]["WorkflowAddToListTriggerPayload"] | components["schemas"]["WorkflowAudienceFilterPayload"] | components["schemas"]["WorkflowTimerActionPayload"] | components["schemas"]["WorkflowExperimentBranchPayload"] | components["schemas"]["WorkflowVariantPayload"];
        /** @description Changes an existing trigger node to a signup trigger. */
        WorkflowSignupTriggerPayload: {
            /** @enum {string} */
            typeName: "SignupTrigger";
        };
        /** @description Updates an event trigger, or changes an existing trigger node to an event trigger. Assign the event pattern with either `eventPatternId` or `eventName`, not both. Set either field to `null` to clear the event-pattern relationship. */
        WorkflowEventTriggerPayload: {
            /** @enum {string} */
            typeName?: "EventTrigger";
            /** @description The ID of the event pattern to trigger on. Use either `eventPatternId` or `eventName`, not both. Set to `null` to clear the event-pattern relationship. */
            eventPatternId?: string | null;
            /** @description The name of the event pattern to trigger on. Use this when you know the event name but not the internal event pattern ID. Use either `eventName` or `eventPatternId`, not both. Set to `null` to clear the event-pattern relationship. */
            eventName?: string | null;
            reEligible?: components["schemas"]["WorkflowReEligible"];
        };
        /** @description Updates a contact-property trigger, or changes an existing trigger node to a contact-property trigger. */
        WorkflowContactPropertyTriggerPayload: {
            /** @enum {string} */
            typeName?: "ContactPropertyTrigger";
            contactPropertyQuery?: components["schemas"]["WorkflowContactPropertyQuery"];
            reEligible?: components["schemas"]["WorkflowReEligible"];
        };
        /** @description Updates an add-to-list trigger, or changes an existing trigger node to an add-to-list trigger. */
        WorkflowAddToListTriggerPayload: {
            /** @enum {string} */
            typeName?: "AddToListTrigger";
            reEligible?: components["schemas"]["WorkflowReEligible"];
        };
        /** @description Configuration for the audience filter node. */
        WorkflowAudienceFilterPayload: {
            /** @description The ID of an audience segment. Setting this without also providing `audienceFilter` clears any existing `audienceFilter`. If both are provided, the filter is applied on top of the segment's filter. */
            audienceSegmentId?: string | null;
            audienceFilter?: components["schemas"]["AudienceFilterInRequest"];
            /** @description If `true`, the audience filter will apply to all downstream nodes. If `false`, the audience filter will only apply to the current node. Matches the "Filter scope" option in the UI. */
            appliesDownstream?: boolean;
        };
        /** @description Configuration for the timer action node. */
        WorkflowTimerActionPayload: {
            amount?: components["schemas"]["WorkflowTimerAmount"];
            unit?: components["schemas"]["WorkflowTimerUnit"];
        };
        /** @description Configuration for the experiment branch node. */
        WorkflowExperimentBranchPayload: {
            /** @description The percentage of contacts that will be sent to variant branches, between `0` and `100`. The remaining percentage will be sent to the control branch. `100` sends all contacts to variant branches. */
            samplingRate?: number;
        };
        /** @description Configuration for the variant node. */
        WorkflowVariantPayload: {
            /** @description Use `true` to set this variant as the control of the experiment. This will set `false` on the existing control, if one exists. Experiments do not require a control variant. */
            isControl?: boolean;
        };
        /**
         * @description Node types that can be created with the API. `*Trigger` nodes and `ExitAction` nodes cannot be created.
         * @enum {string}
         */
        CreateWorkflowNodeTypeName: "AudienceFilter" | "BranchNode" | "ExperimentBranchNode" | "TimerAction" | "SendEmailAction" | "VariantNode";
        /** @description Insert a new node between two existing nodes, `fromNodeId` and `toNodeId`. When `fromNodeId` is an `ExperimentBranchNode`, `nodeTypeName` must be `VariantNode`, and `toNodeId` cannot already be a `VariantNode`; use add-branch to add sibling variants. Branch paths can be edited with create-node, but a workflow cannot be started unless each direct `BranchNode` child is an `AudienceFilter`. */
        CreateWorkflowNodeBetweenRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            insertMode: "between";
            nodeTypeName: components["schemas"]["CreateWorkflowNodeTypeName"];
            /** @description The node to insert after. This node must currently point to `toNodeId`. If this is an `ExperimentBranchNode`, `nodeTypeName` must be `VariantNode` and `toNodeId` cannot already be a `VariantNode`. */
            fromNodeId: string;
            /** @description The node to insert before. */
            toNodeId: string;
        };
        /** @description Insert a new node before `toNodeId`. `VariantNode` cannot use `insertMode: "before"`; to restore a missing variant path, use `insertMode: "between"` with the experiment branch as `fromNodeId`. */
        CreateWorkflowNodeBeforeRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            insertMode: "before";
            nodeTypeName: components["schemas"]["CreateWorkflowNodeTypeName"];
            /** @description The node to insert before. The target must have at least one incoming parent and cannot be a trigger node. */
            toNodeId?: string;
            /**
             * @deprecated
             * @description Deprecated. Use `toNodeId` instead.
             */
            beforeNodeId?: string;
        } & ({
            toNodeId: string;
        } | {
            /** @deprecated */
            beforeNodeId: string;
        });
        /** @description Insert a new node after `fromNodeId`. This is valid only when `fromNodeId` has exactly one outgoing node. It is invalid when `fromNodeId` has no outgoing nodes, multiple outgoing nodes, or is an exit node. When the source has multiple outgoing nodes, use `between` with the exact `toNodeId` instead. */
        CreateWorkflowNodeAfterRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            insertMode: "after";
            nodeTypeName: components["schemas"]["CreateWorkflowNodeTypeName"];
            /** @description The node to insert after. This node must currently have exactly one outgoing node. */
            fromNodeId: string;
        };
        /** @description Create a new workflow node with an explicit `insertMode`. To configure the node after creation, use the `POST /v1/workflows/{workflowId}/nodes/{nodeId}` endpoint. */
        CreateWorkflowNodeRequest: components["schemas"]["CreateWorkflowNodeBetweenRequest"] | components["schemas"]["CreateWorkflowNodeBeforeRequest"] | components["schemas"]["CreateWorkflowNodeAfterRequest"];
        /** @description Detailed workflow node returned from a mutation, plus the latest workflow revision token. */
        WorkflowMutationNodeWithRevision: components["schemas"]["SignupTriggerWorkflowMutationNodeWithRevision"] | components["schemas"]["EventTriggerWorkflowMutationNodeWithRevision"] | components["schemas"]["ContactPropertyTriggerWorkflowMutationNodeWithRevision"] | components["schemas"]["AddToListTriggerWorkflowMutationNodeWithRevision"] | components["schemas"]["BlankTriggerWorkflowMutationNodeWithRevision"] | components["schemas"]["AudienceFilterWorkflowMutationNodeWithRevision"] | components["schemas"]["TimerActionWorkflowMutationNodeWithRevision"] | components["schemas"]["SendEmailActionWorkflowMutationNodeWithRevision"] | components["schemas"]["ExitActionWorkflowMutationNodeWithRevision"] | components["schemas"]["BranchWorkflowMutationNodeWithRevision"] | components["schemas"]["ExperimentBranchWorkflowMutationNodeWithRevision"] | components["schemas"]["VariantWorkflowMutationNodeWithRevision"];
        SignupTriggerWorkflowMutationNodeWithRevision: components["schemas"]["SignupTriggerWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SignupTrigger";
        };
        EventTriggerWorkflowMutationNodeWithRevision: components["schemas"]["EventTriggerWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "EventTrigger";
        };
        ContactPropertyTriggerWorkflowMutationNodeWithRevision: components["schemas"]["ContactPropertyTriggerWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ContactPropertyTrigger";
        };
        AddToListTriggerWorkflowMutationNodeWithRevision: components["schemas"]["AddToListTriggerWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AddToListTrigger";
        };
        BlankTriggerWorkflowMutationNodeWithRevision: components["schemas"]["BlankTriggerWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BlankTrigger";
        };
        AudienceFilterWorkflowMutationNodeWithRevision: components["schemas"]["AudienceFilterWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AudienceFilter";
        };
        TimerActionWorkflowMutationNodeWithRevision: components["schemas"]["TimerActionWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "TimerAction";
        };
        SendEmailActionWorkflowMutationNodeWithRevision: components["schemas"]["SendEmailActionWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SendEmailAction";
        };
        ExitActionWorkflowMutationNodeWithRevision: components["schemas"]["ExitActionWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExitAction";
        };
        BranchWorkflowMutationNodeWithRevision: components["schemas"]["BranchWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BranchNode";
        };
        ExperimentBranchWorkflowMutationNodeWithRevision: components["schemas"]["ExperimentBranchWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExperimentBranchNode";
        };
        VariantWorkflowMutationNodeWithRevision: components["schemas"]["VariantWorkflowMutationNode"] & components["schemas"]["WorkflowMutationNodeRevision"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "VariantNode";
        };
        CreatedWorkflowNode: {
            typeName: "CreatedWorkflowNode";
        } & (Omit<components["schemas"]["WorkflowMutationNodeWithRevision"], "typeName"> & {
            /** @description Default child nodes created along with the requested node. BranchNode creation returns two AudienceFilter children. ExperimentBranchNode creation returns two regular VariantNode children and one control VariantNode. */
            createdChildNodes?: components["schemas"]["WorkflowMutationNode"][];
        });
        CreateWorkflowNodeResponse: {
            node: components["schemas"]["CreatedWorkflowNode"];
            workflow: components["schemas"]["SimplifiedWorkflow"];
        };
        AddWorkflowBranchRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
        };
        AddWorkflowBranchResponse: {
            node: components["schemas"]["WorkflowMutationNodeWithRevision"];
            workflow: components["schemas"]["SimplifiedWorkflow"];
        };
        /**
         * @description Reroute the source node's only outgoing connection to `newTargetNodeId`.
         * @example {
         *       "expectedRevisionId": "clx7a3b5c7d9e1f3g5h7i9j1",
         *       "newTargetNodeId": "cln3c5d7e9f1g3h5i7j9k1l3"
         *     }
         */
        RerouteNodeConnectionRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /**
             * @description The valid workflow node that should receive the connection from the source node.
             * @example cln3c5d7e9f1g3h5i7j9k1l3
             */
            newTargetNodeId: string;
        };
        /**
         * @description The updated source node, plus the latest workflow.
         * @example {
         *       "id": "cln8p0q2r4s6t8u0v2w4x6z8",
         *       "typeName": "SignupTrigger",
         *       "nextNodeIds": [
         *         "cln3c5d7e9f1g3h5i7j9k1l3"
         *       ],
         *       "workflowRevisionId": "clx7a3b5c7d9e1f3g5h7i9j2",
         *       "workflow": {
         *         "id": "clw1a3b5c7d9e1f3g5h7i9j1",
         *         "workflowRevisionId": "clx7a3b5c7d9e1f3g5h7i9j2",
         *         "status": "Draft",
         *         "name": "Welcome series",
         *         "description": "Onboarding emails for new signups",
         *         "mailingListId": "clm2k8j4h6g0f8d6s4a2b0z8",
         *         "rootNodeId": "cln8p0q2r4s6t8u0v2w4x6z8",
         *         "nodes": {
         *           "cln8p0q2r4s6t8u0v2w4x6z8": {
         *             "typeName": "SignupTrigger",
         *             "nextNodeIds": [
         *               "cln3c5d7e9f1g3h5i7j9k1l3"
         *             ]
         *           },
         *           "cln1a3b5c7d9e1f3g5h7i9j1": {
         *             "typeName": "AudienceFilter",
         *             "nextNodeIds": [
         *               "cln3c5d7e9f1g3h5i7j9k1l3"
         *             ]
         *           },
         *           "cln3c5d7e9f1g3h5i7j9k1l3": {
         *             "typeName": "SendEmailAction",
         *             "nextNodeIds": [],
         *             "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *             "subject": "Welcome to Acme!"
         *           }
         *         }
         *       }
         *     }
         */
        RerouteNodeConnectionResponse: {
            typeName: "RerouteNodeConnectionResponse";
        } & (Omit<components["schemas"]["WorkflowMutationNodeWithRevision"], "typeName"> & {
            workflow: components["schemas"]["SimplifiedWorkflow"];
        });
        UpdateWorkflowNodeRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            payload: components["schemas"]["UpdateWorkflowNodePayload"];
        };
        /** @description The updated workflow node, plus the latest simplified workflow. */
        UpdateWorkflowNodeResponse: {
            typeName: "UpdateWorkflowNodeResponse";
        } & (Omit<components["schemas"]["WorkflowMutationNodeWithRevision"], "typeName"> & {
            workflow: components["schemas"]["SimplifiedWorkflow"];
        });
        DeleteWorkflowNodeRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /** @description If `true`, the request will be validated but the workflow will not be modified. */
            dryRun?: boolean;
            queuedContactPolicy?: components["schemas"]["WorkflowQueuedContactPolicy"];
        };
        WorkflowQueuedContactDeletePreview: {
            /** @enum {string} */
            status: "dryRun" | "queuedContactsFound";
            /** @description The IDs of the nodes that would be deleted. */
            nodeIds: string[];
            /** @description The number of queued contacts that would be removed from the workflow due to the node deletion. */
            queuedContactCount: number;
        };
        WorkflowDeletedResponse: {
            /** @enum {string} */
            status: "deleted";
            nodeIds: string[];
            workflowRevisionId: components["schemas"]["WorkflowRevisionId"];
            /** @description The number of queued contacts that were removed from the workflow due to the node deletion. */
            queuedContactCount: number;
            workflow: components["schemas"]["SimplifiedWorkflow"];
        };
        DeleteWorkflowNodeResponse: components["schemas"]["WorkflowQueuedContactDeletePreview"] | components["schemas"]["WorkflowDeletedResponse"];
        ChangeWorkflowMailingListRequest: {
            expectedRevisionId: components["schemas"]["WorkflowExpectedRevisionId"];
            /** @description The mailing list to use for the workflow. When assigning a mailing list, queued contacts excluded by the new list can return `queuedContactsFound`; retry with `queuedContactPolicy: "discard"` to apply the change and discard those contacts. Use `null` to clear the workflow mailing list; clearing does not discard queued contacts. */
            mailingListId: string | null;
            /** @description If `true`, the request will be validated but the workflow will not be modified. */
            dryRun?: boolean;
            queuedContactPolicy?: components["schemas"]["WorkflowQueuedContactPolicy"];
        };
        WorkflowMailingListPreview: {
            /** @enum {string} */
            status: "dryRun" | "queuedContactsFound";
            mailingListId: string | null;
            /** @description The number of queued contacts that would be removed from the workflow due to the mailing list changing. */
            queuedContactCount: number;
        };
        WorkflowMailingListUpdatedResponse: {
            /** @enum {string} */
            status: "updated";
            mailingListId: string | null;
            workflowRevisionId: components["schemas"]["WorkflowRevisionId"];
            /** @description The number of queued contacts that were removed from the workflow due to the mailing list changing. */
            queuedContactCount: number;
            workflow: components["schemas"]["SimplifiedWorkflow"];
        };
        ChangeWorkflowMailingListResponse: components["schemas"]["WorkflowMailingListPreview"] | components["schemas"]["WorkflowMailingListUpdatedResponse"];
        EventPatternSummary: {
            /** @description The ID of the event pattern. */
            id: string;
            /** @description The name of the event pattern. Use this when sending events with the API. */
            eventName: string;
            /**
             * @description The platform that sent this event pattern, if the event pattern is from an incoming webhook. Will be `null` for custom events.
             * @enum {string|null}
             */
            incomingWebhookPlatform: "clerk" | "polar" | "stripe" | "supabase" | "null" | null;
        };
        ListEventPatternsResponse: {
            pagination: {
                totalResults?: number;
                returnedResults?: number;
                perPage?: number;
                totalPages?: number;
                nextCursor?: string | null;
                nextPage?: string | null;
            };
            data: components["schemas"]["EventPatternSummary"][];
        };
        EventPattern: {
            id: string;
            /** @description The name of the event pattern. Use this when sending events with the API. */
            eventName: string;
            /** @description The properties of the event pattern, which can be used in emails. */
            eventProperties: components["schemas"]["WorkflowEventProperty"][];
            /**
             * @description The platform that sent this event pattern, if the event pattern is from an incoming webhook. Will be `null` for custom events.
             * @enum {string|null}
             */
            incomingWebhookPlatform: "clerk" | "polar" | "stripe" | "supabase" | "null" | null;
        };
        EventPatternFailureResponse: {
            message: string;
        };
        SimplifiedWorkflowNode: components["schemas"]["SimplifiedSignupTriggerWorkflowNode"] | components["schemas"]["SimplifiedEventTriggerWorkflowNode"] | components["schemas"]["SimplifiedContactPropertyTriggerWorkflowNode"] | components["schemas"]["SimplifiedAddToListTriggerWorkflowNode"] | components["schemas"]["SimplifiedBlankTriggerWorkflowNode"] | components["schemas"]["SimplifiedAudienceFilterWorkflowNode"] | components["schemas"]["SimplifiedTimerActionWorkflowNode"] | components["schemas"]["SimplifiedSendEmailActionWorkflowNode"] | components["schemas"]["SimplifiedExitActionWorkflowNode"] | components["schemas"]["SimplifiedBranchWorkflowNode"] | components["schemas"]["SimplifiedExperimentBranchWorkflowNode"] | components["schemas"]["SimplifiedVariantWorkflowNode"];
        SimplifiedSignupTriggerWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedSignupTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        /**
         * @example {
         *       "typeName": "EventTrigger",
         *       "nextNodeIds": [
         *         "cln1a3b5c7d9e1f3g5h7i9j1"
         *       ],
         *       "eventName": "signup",
         *       "reEligible": false
         *     }
         */
        SimplifiedEventTriggerWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedEventTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The name of the event that triggers the workflow. */
            eventName: string | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        SimplifiedContactPropertyTriggerWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedContactPropertyTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            contactPropertyQuery: components["schemas"]["WorkflowContactPropertyQuery"] | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        SimplifiedAddToListTriggerWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedAddToListTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The ID of the mailing list that triggers the workflow. */
            mailingListId: string | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        SimplifiedBlankTriggerWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedBlankTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        SimplifiedAudienceFilterWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedAudienceFilterWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        /**
         * @example {
         *       "typeName": "TimerAction",
         *       "nextNodeIds": [
         *         "cln1a3b5c7d9e1f3g5h7i9j1"
         *       ],
         *       "amount": 2,
         *       "unit": "d"
         *     }
         */
        SimplifiedTimerActionWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedTimerActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            amount: components["schemas"]["WorkflowTimerAmount"];
            unit: components["schemas"]["WorkflowTimerUnit"];
        };
        /**
         * @example {
         *       "typeName": "SendEmailAction",
         *       "nextNodeIds": [],
         *       "emailMessageId": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "subject": "Welcome to Acme!"
         *     }
         */
        SimplifiedSendEmailActionWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedSendEmailActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The ID of the email message to send. To edit this email, use the `POST /v1/email-messages/{emailMessageId}` endpoint. */
            emailMessageId: string | null;
            /** @description The subject of the email message (reference only). */
            subject: string;
        };
        SimplifiedExitActionWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedExitActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        SimplifiedBranchWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedBranchWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        SimplifiedExperimentBranchWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedExperimentBranchWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The percentage of contacts that will be sent to variant branches, between `0` and `100`. The remaining percentage will be sent to the control branch. */
            samplingRate: number;
        };
        SimplifiedVariantWorkflowNode: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SimplifiedVariantWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description Whether this is the control variant of an experiment. */
            isControl: boolean;
        };
        WorkflowNode: components["schemas"]["SignupTriggerWorkflowNode"] | components["schemas"]["EventTriggerWorkflowNode"] | components["schemas"]["ContactPropertyTriggerWorkflowNode"] | components["schemas"]["AddToListTriggerWorkflowNode"] | components["schemas"]["BlankTriggerWorkflowNode"] | components["schemas"]["AudienceFilterWorkflowNode"] | components["schemas"]["TimerActionWorkflowNode"] | components["schemas"]["SendEmailActionWorkflowNode"] | components["schemas"]["ExitActionWorkflowNode"] | components["schemas"]["BranchWorkflowNode"] | components["schemas"]["ExperimentBranchWorkflowNode"] | components["schemas"]["VariantWorkflowNode"];
        /** @description Detailed workflow node returned from read operations. The exact fields depend on `typeName`. */
        WorkflowNodeWithRevision: {
            typeName: "WorkflowNodeWithRevision";
        } & (Omit<components["schemas"]["WorkflowNode"], "typeName"> & {
            workflowRevisionId: components["schemas"]["NullableWorkflowRevisionId"];
        });
        SignupTriggerWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SignupTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        EventTriggerWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "EventTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /**
             * @description The name of the event pattern that triggers this node.
             * @example signup
             */
            eventName?: string;
            /** @description The properties of the event pattern, which can be used in emails. */
            eventProperties?: components["schemas"]["WorkflowEventProperty"][];
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        ContactPropertyTriggerWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ContactPropertyTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            contactPropertyQuery: components["schemas"]["WorkflowContactPropertyQuery"] | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        AddToListTriggerWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AddToListTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /**
             * @description The ID of the mailing list that triggers the workflow.
             * @example clm2k8j4h6g0f8d6s4a2b0z8
             * @example null
             */
            mailingListId: string | null;
            reEligible: components["schemas"]["WorkflowReEligible"];
        };
        BlankTriggerWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BlankTriggerWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        AudienceFilterWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "AudienceFilterWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            audienceFilter?: components["schemas"]["AudienceFilter"];
            audienceSegmentId?: string;
            /** @description If `true`, the audience filter will apply to all downstream nodes. If `false`, the audience filter will only apply to the current node. Matches the "Filter scope" option in the UI. */
            appliesDownstream: boolean;
        };
        TimerActionWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "TimerActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            amount: components["schemas"]["WorkflowTimerAmount"];
            unit: components["schemas"]["WorkflowTimerUnit"];
        };
        SendEmailActionWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "SendEmailActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /**
             * @description The ID of the email message to send. To edit this email, use the `POST /v1/email-messages/{emailMessageId}` endpoint.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            emailMessageId: string;
            /** @example Welcome to Acme! */
            subject: string;
        };
        ExitActionWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExitActionWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        BranchWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "BranchWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
        };
        ExperimentBranchWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "ExperimentBranchWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description The percentage of contacts that will be sent to variant branches, between `0` and `100`. The remaining percentage will be sent to the control branch. `100` sends all contacts to variant branches. */
            samplingRate: number;
        };
        VariantWorkflowNode: {
            /** @example cln8p0q2r4s6t8u0v2w4x6z8 */
            id: string;
            /** @example clw1a3b5c7d9e1f3g5h7i9j1 */
            workflowId: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            typeName: "VariantWorkflowNode";
            nextNodeIds: components["schemas"]["WorkflowNextNodeIds"];
            /** @description Whether this is the control variant of an experiment. */
            isControl?: boolean;
        };
        WorkflowEventProperty: {
            name: string;
            /** @enum {string} */
            type: "string" | "number" | "boolean" | "date";
        };
        /** @description Define the contact property change that triggers the workflow. In update requests, `key` must resolve to an existing contact property that is available for Contact Updated triggers. Hidden or unsupported fields, such as `createdAt`, `notes`, and computed contact properties, are rejected. */
        WorkflowContactPropertyQuery: {
            /**
             * @description The camel-cased `key` of the contact property to query. The property must exist for the team and must be available for Contact Updated triggers.
             * @example firstName
             * @example email
             * @example planName
             */
            key: string;
            /** @description Comparison for the new contact property value after the update. */
            is: components["schemas"]["WorkflowContactPropertyComparison"];
            /** @description Comparison for the previous contact property value before the update. */
            was: components["schemas"]["WorkflowContactPropertyComparison"];
        };
        /** @description For Contact Updated triggers, the API validates `operator` against the selected contact property's type and the side of the comparison. The `was` comparison can use any operator supported by the selected property type. The `is` comparison uses the same operators, except number and boolean properties cannot use `empty`. String properties support `any`, `equal`, `not_equal`, `contains`, `not_contains`, `empty`, and `not_empty`. Number properties support `any`, `greater_than`, `less_than`, `numeric_equal`, `numeric_not_equal`, `empty`, and `not_empty`. Boolean properties support `any`, `true`, `false`, `empty`, and `not_empty`. Date properties support `any`, `empty`, `not_empty`, `after`, `before`, and `between`. */
        WorkflowContactPropertyComparison: {
            value: string | number | boolean;
            /**
             * @description The comparison operator. It must be valid for the selected contact property's type and for the `is` or `was` side of the comparison. Number and boolean properties allow `empty` on `was`, but not on `is`.
             * @enum {string}
             */
            operator: "any" | "contains" | "not_contains" | "empty" | "not_empty" | "equal" | "not_equal" | "greater_than" | "less_than" | "true" | "false" | "numeric_equal" | "numeric_not_equal" | "after" | "before" | "between";
        };
        /** @description The amount of time to wait before triggering the next node. Set to `0` to move to the next node immediately. */
        WorkflowTimerAmount: number;
        /**
         * @description The unit of time for the timer action node. m = minutes, h = hours, d = days.
         * @enum {string}
         */
        WorkflowTimerUnit: "m" | "h" | "d";
        /**
         * @example {
         *       "message": "Workflow not found."
         *     }
         */
        WorkflowFailureResponse: {
            message: string;
        };
        /**
         * @example {
         *       "id": "clg7n5p3q1r9s7t5u3v1w9y7",
         *       "name": "Onboarding",
         *       "description": "Top of funnel campaigns",
         *       "createdAt": "2025-06-29T07:47:39.370Z",
         *       "updatedAt": "2025-06-29T07:47:39.370Z"
         *     }
         */
        GroupResponse: {
            /**
             * @description The ID of the group.
             * @example clg7n5p3q1r9s7t5u3v1w9y7
             */
            id: string;
            /**
             * @description The name of the group.
             * @example Onboarding
             */
            name: string;
            /**
             * @description The description of the group.
             * @example Top of funnel campaigns
             */
            description: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the group was created.
             * @example 2025-06-29T07:47:39.370Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp for when the group was last updated.
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "pagination": {
         *         "totalResults": 2,
         *         "returnedResults": 2,
         *         "perPage": 20,
         *         "totalPages": 1,
         *         "nextCursor": null,
         *         "nextPage": null
         *       },
         *       "data": [
         *         {
         *           "id": "clg7n5p3q1r9s7t5u3v1w9y7",
         *           "name": "Onboarding",
         *           "description": "Top of funnel campaigns",
         *           "createdAt": "2025-06-29T07:47:39.370Z",
         *           "updatedAt": "2025-06-29T07:47:39.370Z"
         *         },
         *         {
         *           "id": "clg8m4n6p8q0r2s4t6u8v0w2",
         *           "name": "Retention",
         *           "description": "",
         *           "createdAt": "2025-06-30T12:00:00.000Z",
         *           "updatedAt": "2025-06-30T12:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        ListGroupsResponse: {
            pagination: components["schemas"]["Pagination"];
            data: components["schemas"]["GroupResponse"][];
        };
        /**
         * @example {
         *       "name": "Newsletters",
         *       "description": "Monthly newsletter campaigns"
         *     }
         */
        CreateGroupRequest: {
            /**
             * @description The group name. Cannot be the reserved name "Unsorted".
             * @example Newsletters
             */
            name: string;
            /**
             * @description An optional description for the group.
             * @example Monthly newsletter campaigns
             */
            description?: string;
        };
        /** @description At least one field must be provided. */
        UpdateGroupRequest: {
            /** @description The group name. Cannot be the reserved name "Unsorted". */
            name?: string;
            /** @description A description for the group. */
            description?: string;
        };
        /**
         * @example {
         *       "message": "Group not found."
         *     }
         */
        GroupFailureResponse: {
            /** @example Group not found. */
            message: string;
        };
        /**
         * @example {
         *       "expectedRevisionId": "clrev1s10n2i3d4e5f6g7h8",
         *       "subject": "Spring product updates",
         *       "previewText": "See what's new this season",
         *       "fromName": "Acme Team",
         *       "fromEmail": "hello",
         *       "replyToEmail": "support@company.com",
         *       "emailFormat": "styled",
         *       "lmx": "<Paragraph>Hello, {firstName}!</Paragraph>",
         *       "contactPropertiesFallbacks": {
         *         "firstName": "there"
         *       }
         *     }
         */
        UpdateEmailMessageRequest: {
            /** @description The `contentRevisionId` you last fetched, or the `emailMessageContentRevisionId` you received when creating the campaign. */
            expectedRevisionId?: string;
            subject?: string;
            previewText?: string;
            fromName?: string;
            /**
             * @description The email sender email address, without the team's sending domain.
             * @example hello
             */
            fromEmail?: string;
            /** @description Reply-to email. Must be empty or a valid email address. */
            replyToEmail?: string;
            /** @description CC email address. Requires the team to have CC/BCC enabled. */
            ccEmail?: string;
            /** @description BCC email address. Requires the team to have CC/BCC enabled. */
            bccEmail?: string;
            /** @description ISO 639-1 language code for the email, e.g. `en` or `fr`. */
            languageCode?: string;
            /**
             * @description The rendering format of the email.
             * @enum {string}
             */
            emailFormat?: "styled" | "plain";
            /** @description The email body serialized as LMX. Styles must be embedded in the LMX `<Style />` tag. */
            lmx?: string;
            /** @description Fallback values for contact properties, keyed by property name. Per-key merge: a string value sets the fallback, a null value deletes it, and keys omitted from the map are left unchanged. */
            contactPropertiesFallbacks?: {
                [key: string]: string | null;
            };
            /** @description Fallback values for event properties, keyed by property name. Per-key merge: a string value sets the fallback, a null value deletes it, and keys omitted from the map are left unchanged. */
            eventPropertiesFallbacks?: {
                [key: string]: string | null;
            };
            /** @description Fallback values for data variables, keyed by variable name. Per-key merge: a string value sets the fallback, a null value deletes it, and keys omitted from the map are left unchanged. */
            dataVariablesFallbacks?: {
                [key: string]: string | null;
            };
        };
        /**
         * @example {
         *       "id": "cle5f7g9h1i3j5k7l9m1n3p5",
         *       "campaignId": "clc4m6n8p0q2r4s6t8u0v2x4",
         *       "subject": "Spring product updates",
         *       "previewText": "See what's new this season",
         *       "fromName": "Acme Team",
         *       "fromEmail": "hello",
         *       "replyToEmail": "support@company.com",
         *       "emailFormat": "styled",
         *       "lmx": "<Paragraph>Hello, {firstName}!</Paragraph>",
         *       "contentRevisionId": "clrev1s10n2i3d4e5f6g7h8",
         *       "updatedAt": "2025-06-29T07:47:39.370Z"
         *     }
         */
        EmailMessageResponse: {
            /**
             * @description The ID of the email message.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            id: string;
            /**
             * @description The campaign this email message belongs to. Present only when the message belongs to a campaign (mutually exclusive with `transactionalId`).
             * @example clc4m6n8p0q2r4s6t8u0v2x4
             */
            campaignId?: string;
            /** @description The transactional email this email message belongs to. Present only when the message belongs to a transactional email (mutually exclusive with `campaignId`). */
            transactionalId?: string;
            /**
             * @description The email subject.
             * @example Spring product updates
             */
            subject: string;
            /**
             * @description The email preview text.
             * @example See what's new this season
             */
            previewText: string;
            /**
             * @description The email sender name.
             * @example Acme Team
             */
            fromName: string;
            /**
             * @description The email sender email address, without the team's sending domain.
             * @example hello
             */
            fromEmail: string;
            /**
             * @description The email reply-to address.
             * @example support@company.com
             */
            replyToEmail: string;
            /** @description The email CC address. Only present when set. */
            ccEmail?: string;
            /** @description The email BCC address. Only present when set. */
            bccEmail?: string;
            /** @description ISO 639-1 language code for the email, e.g. `en` or `fr`. Only present when set. */
            languageCode?: string;
            /**
             * @description The rendering format of the email.
             * @example styled
             * @enum {string}
             */
            emailFormat: "styled" | "plain";
            /**
             * @description The email body serialized as LMX.
             * @example <Paragraph>Hello, {firstName}!</Paragraph>
             */
            lmx: string;
            /**
             * @description The current content revision. Pass this as `expectedRevisionId` on your next update.
             * @example clrev1s10n2i3d4e5f6g7h8
             */
            contentRevisionId: string | null;
            /**
             * Format: date-time
             * @example 2025-06-29T07:47:39.370Z
             */
            updatedAt: string;
            /** @description Fallback values for contact properties. Only present when set. */
            contactPropertiesFallbacks?: {
                [key: string]: string;
            };
            /** @description Fallback values for event properties. Only present when set. */
            eventPropertiesFallbacks?: {
                [key: string]: string;
            };
            /** @description Fallback values for data variables. Only present when set. */
            dataVariablesFallbacks?: {
                [key: string]: string;
            };
            /** @description Non-fatal issues raised while compiling the submitted LMX. Only present on update responses when warnings were produced. */
            warnings?: {
                rule: string;
                /** @enum {string} */
                severity: "warning";
                message: string;
                path?: string;
            }[];
        };
        /**
         * @example {
         *       "message": "Email message not found."
         *     }
         */
        EmailMessageFailureResponse: {
            message: string;
        };
        /**
         * @example {
         *       "emails": [
         *         "alex@company.com"
         *       ],
         *       "contactProperties": {
         *         "firstName": "Alex"
         *       },
         *       "eventProperties": {
         *         "planName": "Pro"
         *       },
         *       "dataVariables": {
         *         "loginUrl": "https://app.company.com/login"
         *       }
         *     }
         */
        EmailMessagePreviewRequest: {
            /** @description One or more addresses to send the preview to. */
            emails: string[];
            /**
             * @description Contact property values to render. Accepted for campaign and workflow previews.
             * @example {
             *       "firstName": "Alex"
             *     }
             */
            contactProperties?: {
                [key: string]: string;
            };
            /**
             * @description Event property values to render. Accepted for workflow previews only.
             * @example {
             *       "planName": "Pro"
             *     }
             */
            eventProperties?: {
                [key: string]: string;
            };
            /**
             * @description Transactional data variables to render. Accepted for transactional previews only.
             * @example {
             *       "loginUrl": "https://app.company.com/login"
             *     }
             */
            dataVariables?: {
                [key: string]: string;
            };
        };
        /**
         * @example {
         *       "id": "cle5f7g9h1i3j5k7l9m1n3p5"
         *     }
         */
        EmailMessagePreviewResponse: {
            /**
             * @description The ID of the email message the preview was sent for.
             * @example cle5f7g9h1i3j5k7l9m1n3p5
             */
            id: string;
        };
        /**
         * @example {
         *       "errors": [
         *         {
         *           "rule": "missingButtonHrefs",
         *           "title": "Missing button link",
         *           "description": "Buttons won't work without href value",
         *           "items": [
         *             {
         *               "label": "Click here"
         *             }
         *           ]
         *         },
         *         {
         *           "rule": "missingLinkHrefs",
         *           "title": "Missing text link",
         *           "description": "Links won't work without href value",
         *           "items": [
         *             {
         *               "label": "See more"
         *             }
         *           ]
         *         }
         *       ],
         *       "warnings": []
         *     }
         */
        EmailMessageGuardianResponse: {
            /** @description Validation errors. These must be resolved before the email can be published. */
            errors: components["schemas"]["GuardianRule"][];
            /** @description Validation warnings. These are advisory and do not block publishing. */
            warnings: components["schemas"]["GuardianRule"][];
        };
        GuardianRule: {
            /**
             * @description The identifier of the Guardian rule that fired.
             * @enum {string}
             */
            rule: "unsupportedContactProperties" | "missingFallbackContactProperties" | "unsupportedEventProperties" | "missingFallbackEventProperties" | "unsupportedDataVariables" | "invalidCustomDataVariables" | "missingRequiredDataVariables" | "missingButtonHrefs" | "invalidButtonHrefs" | "shortenedYouTubeButtonHrefs" | "missingLinkHrefs" | "invalidLinkHrefs" | "shortenedYouTubeLinkHrefs" | "shortenedYouTubeImageHrefs" | "emailWithoutMailtoButtonHrefs" | "emailWithoutMailtoLinkHrefs" | "emailWithoutMailtoImageHrefs" | "bareArrayNodes" | "missingSocialIconHrefs";
            /** @description A short summary of the rule. */
            title: string;
            /** @description A longer explanation of why the issue matters. */
            description: string;
            /** @description The specific elements that triggered the rule. */
            items: {
                /** @description A human-readable label for the item (for example, link text or a property name). */
                label: string;
                /**
                 * @description Machine-readable identifier when the rule refers to a property or variable, when applicable.
                 * @example firstName
                 */
                codeName?: string;
            }[];
        };
        CreateUploadRequest: {
            /**
             * @description The MIME type of the file to upload. Supported types are `image/jpeg`, `image/png`, `image/gif` and `image/webp`.
             * @example image/png
             */
            contentType: string;
            /**
             * @description The size of the file in bytes. Must be a positive integer no greater than 4,000,000 bytes.
             * @example 102400
             */
            contentLength: number;
        };
        /**
         * @example {
         *       "emailAssetId": "cla3s5s7e9t1i3d5f7g9h1j3",
         *       "presignedUrl": "https://loops-assets.s3.amazonaws.com/uploads/cla3s5s7e9t1i3d5f7g9h1j3?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=..."
         *     }
         */
        CreateUploadResponse: {
            /**
             * @description The ID of the created asset. Pass this as `emailAssetId` to `POST /v1/uploads/{emailAssetId}/complete` once the file has been uploaded.
             * @example cla3s5s7e9t1i3d5f7g9h1j3
             */
            emailAssetId: string;
            /**
             * @description The pre-signed URL to upload the file to with an HTTP `PUT` request. Send the same `Content-Type` and `Content-Length` used in the create request.
             * @example https://loops-assets.s3.amazonaws.com/uploads/cla3s5s7e9t1i3d5f7g9h1j3?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=...
             */
            presignedUrl: string;
        };
        /**
         * @example {
         *       "emailAssetId": "cla3s5s7e9t1i3d5f7g9h1j3",
         *       "finalUrl": "https://assets.loops.so/cla3s5s7e9t1i3d5f7g9h1j3/logo.png"
         *     }
         */
        CompleteUploadResponse: {
            /**
             * @description The ID of the created asset.
             * @example cla3s5s7e9t1i3d5f7g9h1j3
             */
            emailAssetId: string;
            /**
             * @description The public URL of the uploaded asset.
             * @example https://assets.loops.so/cla3s5s7e9t1i3d5f7g9h1j3/logo.png
             */
            finalUrl: string;
        };
        UploadLimitExceededFailureResponse: {
            /** @example Upload limit exceeded: max 50 uploads per 24 hours. Please contact support if you need to increase your upload limit. */
            message?: string;
            /**
             * @description The maximum number of uploads allowed per window.
             * @example 50
             */
            maxUploads?: number;
            /**
             * @description The number of hours in the upload limit window.
             * @example 24
             */
            windowHours?: number;
        };
        /**
         * @example {
         *       "message": "Unsupported content type.",
         *       "supportedContentTypes": [
         *         "image/jpeg",
         *         "image/png",
         *         "image/gif",
         *         "image/webp"
         *       ],
         *       "maxBytes": 4000000
         *     }
         */
        UploadFailureResponse: {
            /** @example Unsupported content type. */
            message: string;
            /** @description Present when the request was rejected for an unsupported `contentType`. Lists the accepted MIME types. */
            supportedContentTypes?: string[];
            /** @description Present when the upload exceeds the size limit. The maximum allowed size in bytes. */
            maxBytes?: number;
        };
        /**
         * @example {
         *       "totalResults": 2,
         *       "returnedResults": 2,
         *       "perPage": 20,
         *       "totalPages": 1,
         *       "nextCursor": null,
         *       "nextPage": null
         *     }
         */
        Pagination: {
            /** @example 2 */
            totalResults: number;
            /** @example 2 */
            returnedResults: number;
            /** @example 20 */
            perPage: number;
            /** @example 1 */
            totalPages: number;
            /** @example null */
            nextCursor: string | null;
            /** @example null */
            nextPage: string | null;
        };
        WebhookContactIdentity: {
            id: string;
            email: string;
            userId: string | null;
        };
        WebhookBasePayload: {
            eventName: string;
            /** @description Unix timestamp in seconds. */
            eventTime: number;
            /** @constant */
            webhookSchemaVersion: "1.0.0";
            contactIdentity: components["schemas"]["WebhookContactIdentity"];
        };
        /** @description Full contact object, including custom properties. */
        WebhookContact: {
            id: string;
            email: string;
            firstName: string | null;
            lastName: string | null;
            source: string;
            subscribed: boolean;
            userGroup: string;
            userId: string | null;
            notes?: string | null;
            /** @description An object of mailing list IDs and boolean subscription statuses. */
            mailingLists: {
                [key: string]: boolean;
            };
            /**
             * @description Double opt-in status.
             * @enum {string|null}
             */
            optInStatus: "accepted" | "pending" | "rejected" | null;
        } & {
            [key: string]: unknown;
        };
        WebhookEmail: {
            /** @description The ID of the email. */
            id: string;
            /** @description The ID of the sent version of the campaign, workflow or transactional email. */
            emailMessageId: string;
            /** @description The subject of the email. */
            subject: string;
        };
        /** @description Details of the mailing list. */
        WebhookMailingList: {
            id: string;
            name: string;
            description: string | null;
            isPublic: boolean;
        };
        WebhookEmailMetricPayload: components["schemas"]["WebhookBasePayload"] & {
            email: components["schemas"]["WebhookEmail"];
            /**
             * @description The type of email this event relates to. Workflow emails use `loop`.
             * @enum {string}
             */
            sourceType: "loop" | "campaign" | "transactional";
            /** @description The ID of the campaign if `sourceType` is `campaign`. */
            campaignId?: string;
            /** @description The ID of the workflow if `sourceType` is `loop`. */
            loopId?: string;
            /** @description The ID of the transactional email if `sourceType` is `transactional`. */
            transactionalId?: string;
        };
        WebhookMarketingEmailMetricPayload: components["schemas"]["WebhookBasePayload"] & {
            email: components["schemas"]["WebhookEmail"];
            /**
             * @description The type of email this event relates to. Workflow emails use `loop`. Not available for transactional emails.
             * @enum {string}
             */
            sourceType: "loop" | "campaign";
            /** @description The ID of the campaign if `sourceType` is `campaign`. */
            campaignId?: string;
            /** @description The ID of the workflow if `sourceType` is `loop`. */
            loopId?: string;
        };
        WebhookContactUnsubscribedPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "contact.unsubscribed";
        };
        WebhookContactCreatedPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "contact.created";
            contact: components["schemas"]["WebhookContact"];
        };
        WebhookContactDeletedPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "contact.deleted";
        };
        WebhookContactMailingListSubscribedPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "contact.mailingList.subscribed";
            mailingList: components["schemas"]["WebhookMailingList"];
        };
        WebhookContactMailingListUnsubscribedPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "contact.mailingList.unsubscribed";
            mailingList: components["schemas"]["WebhookMailingList"];
        };
        WebhookTransactionalEmailSentPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "transactional.email.sent";
            transactionalId: string;
            transactionalName: string;
            email: components["schemas"]["WebhookEmail"];
        };
        WebhookCampaignEmailSentPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "campaign.email.sent";
            campaignId: string;
            campaignName: string;
            email: components["schemas"]["WebhookEmail"];
            /** @description The mailing list(s) the email was sent to, or an empty array. */
            mailingLists: components["schemas"]["WebhookMailingList"][];
        };
        WebhookLoopEmailSentPayload: components["schemas"]["WebhookBasePayload"] & {
            /** @constant */
            eventName: "loop.email.sent";
            /** @description The ID of the workflow. */
            loopId: string;
            /** @description The name of the workflow. */
            loopName: string;
            email: components["schemas"]["WebhookEmail"];
            /** @description The mailing list(s) the email was sent to, or an empty array. */
            mailingLists: components["schemas"]["WebhookMailingList"][];
        };
        WebhookEmailDeliveredPayload: components["schemas"]["WebhookEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.delivered";
        };
        WebhookEmailSoftBouncedPayload: components["schemas"]["WebhookEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.softBounced";
        };
        WebhookEmailHardBouncedPayload: components["schemas"]["WebhookEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.hardBounced";
        };
        WebhookEmailClickedPayload: components["schemas"]["WebhookMarketingEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.clicked";
        };
        WebhookEmailUnsubscribedPayload: components["schemas"]["WebhookMarketingEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.unsubscribed";
        };
        WebhookEmailResubscribedPayload: components["schemas"]["WebhookMarketingEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.resubscribed";
        };
        WebhookEmailOpenedPayload: components["schemas"]["WebhookMarketingEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.opened";
        };
        WebhookEmailSpamReportedPayload: components["schemas"]["WebhookEmailMetricPayload"] & {
            /** @constant */
            eventName: "email.spamReported";
        };
        WebhookTestingTestEventPayload: {
            /** @constant */
            eventName: "testing.testEvent";
            /** @description Unix timestamp in seconds. */
            eventTime: number;
            /** @constant */
            message: "test";
            /** @constant */
            webhookSchemaVersion: "1.0.0";
        };
    };
    responses: never;
    parameters: {
        /** @description Unique message ID. Use to deduplicate deliveries. */
        WebhookId: string;
        /** @description Unix timestamp of when the message was sent. */
        WebhookTimestamp: string;
        /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    testApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example true */
                        success: boolean;
                        /**
                         * @description The name of the team the API key belongs to.
                         * @example Company name
                         */
                        teamName: string;
                    };
                };
            };
            /** @description Invalid API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example false */
                        success?: boolean;
                        /** @example Invalid API key */
                        message?: string;
                        /**
                         * @deprecated
                         * @example Invalid API key
                         */
                        error?: string;
                    };
                };
            };
        };
    };
    getAudienceSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the audience segment. */
                audienceSegmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentResponse"];
                };
            };
            /** @description Invalid `audienceSegmentId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Audience segment not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listAudienceSegments: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListAudienceSegmentsResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createAudienceSegment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAudienceSegmentRequest"];
            };
        };
        responses: {
            /** @description Audience segment created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentResponse"];
                };
            };
            /** @description Invalid request body, a name already used by another segment, or a filter with too many conditions. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The filter references a campaign, workflow or workflow email that does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudienceSegmentFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listCampaigns: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCampaignsResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description Campaign created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCampaignResponse"];
                };
            };
            /** @description Invalid request body, campaign group not found, or no sending domain configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Referenced mailing list or audience segment not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            /** @description Invalid `campaignId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignRequest"];
            };
        };
        responses: {
            /** @description Campaign updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            /** @description Invalid request body or campaign group not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign, mailing list, or audience segment not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign has been sent and the request updates a field other than `name` or `campaignGroupId`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFailureResponse"];
                };
            };
        };
    };
    listCampaignGroups: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createCampaignGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description Campaign group created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid request body or reserved group name. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCampaignGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign group. */
                campaignGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid `campaignGroupId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign group not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateCampaignGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the campaign group. */
                campaignGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description Campaign group updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid request body, reserved group name, or the Unsorted group cannot be edited. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign group not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listDedicatedSendingIps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description You can add custom contact properties as keys in this request (of type `string`, `number`, `boolean` or `date`. [See available date formats](https://loops.so/docs/contacts/properties#dates)). Make sure to create the properties in Loops before using them in API calls. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description Successful create. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSuccessResponse"];
                };
            };
            /** @description Bad request (e.g. invalid email address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email or `userId` already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description You can add custom contact properties as keys in this request (of type `string`, `number`, `boolean` or `date`. [See available date formats](https://loops.so/docs/contacts/properties#dates)). Make sure to create the properties in Loops before using them in API calls. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdateRequest"];
            };
        };
        responses: {
            /** @description Successful update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSuccessResponse"];
                };
            };
            /** @description Bad request (e.g. `email` or `userId` are missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    findContact: {
        parameters: {
            query?: {
                /** @description Email address (URI-encoded) */
                email?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of contacts (or an empty array if no contact was found). Contact objects will include any custom properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"][];
                };
            };
            /** @description Bad request (e.g. invalid email address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Include only one of `email` or `userId`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDeleteRequest"];
            };
        };
        responses: {
            /** @description Successful delete. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDeleteResponse"];
                };
            };
            /** @description Bad request (e.g. `email` and `userId` are both provided). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Contact not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getContactSuppression: {
        parameters: {
            query?: {
                /** @description Email address (URI-encoded) */
                email?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSuppressionStatusResponse"];
                };
            };
            /** @description Bad request (e.g. invalid email address). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Contact not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    removeContactSuppression: {
        parameters: {
            query?: {
                /** @description Email address (URI-encoded) */
                email?: string;
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful removal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSuppressionRemoveResponse"];
                };
            };
            /** @description Bad request (e.g. contact is not suppressed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Contact not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listContactProperties: {
        parameters: {
            query?: {
                /** @description `all` (default) or `custom` (only custom contact properties) */
                list?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactProperty"][];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createContactProperty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPropertyCreateRequest"];
            };
        };
        responses: {
            /** @description Successful create. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPropertySuccessResponse"];
                };
            };
            /** @description Bad request (e.g. invalid type). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPropertyFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getComponent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the component. */
                componentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Invalid `componentId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Component not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateComponent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the component. */
                componentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateComponentBody"];
            };
        };
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateComponentResponse"];
                };
            };
            /** @description Invalid `componentId` or request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Component not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LMX body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid LMX, or a body change that would break emails using the component. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentValidationFailureResponse"];
                };
            };
        };
    };
    listComponents: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListComponentsResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createComponent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateComponentBody"];
            };
        };
        responses: {
            /** @description Component created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Invalid request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LMX body exceeds the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
            /** @description Invalid LMX. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentFailureResponse"];
                };
            };
        };
    };
    getEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageResponse"];
                };
            };
            /** @description Invalid `emailMessageId` or no sending domain configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message uses MJML format or content cannot be parsed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
        };
    };
    updateEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmailMessageRequest"];
            };
        };
        responses: {
            /** @description Email message updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageResponse"];
                };
            };
            /** @description Invalid request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Campaign is not in draft status, `contentRevisionId` is stale, content cannot be parsed, or email message uses MJML format. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description LMX payload exceeds the 100KB limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description LMX failed to compile. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
        };
    };
    previewEmailMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailMessagePreviewRequest"];
            };
        };
        responses: {
            /** @description Preview scheduled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessagePreviewResponse"];
                };
            };
            /** @description Invalid request body, or a variable field the parent cannot reference. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The daily preview limit was reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
        };
    };
    getEmailMessageGuardian: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the email message. */
                emailMessageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageGuardianResponse"];
                };
            };
            /** @description Invalid `emailMessageId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email message uses MJML format. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailMessageFailureResponse"];
                };
            };
        };
    };
    sendEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Include a unique ID for this request (maximum 100 characters) to avoid duplicate emails.
                 *
                 *     The value should be a string of up to 100 characters and should be unique for each request. We recommend using V4 UUIDs or some other method with enough guaranteed entropy to avoid collisions during a 24 hour window.
                 *
                 *     This endpoint will return a `409 Conflict` response if the idempotency key has been used in the previous 24 hours.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Provide either `email` or `userId` to identify the contact ([read more](https://loops.so/docs/api-reference/send-event#body)).<br>Event properties will be available in emails sent by this event. Values of properties can be of type `string`, `number`, `boolean` or `date` ([see allowed date formats](https://loops.so/docs/events/properties#important-information-about-event-properties)).<br>Make sure to create the properties in Loops before using them in API calls.<br>You can add contact properties as keys in this request (of type `string`, `number`, `boolean` or `date` ([see available date formats](https://loops.so/docs/contacts/properties#dates))). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRequest"];
            };
        };
        responses: {
            /** @description Successful send. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSuccessResponse"];
                };
            };
            /** @description Bad request (e.g. `eventName` is missing). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Idempotency key has been used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdempotencyKeyFailureResponse"];
                };
            };
        };
    };
    listEventPatterns: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListEventPatternsResponse"];
                };
            };
            /** @description Invalid `perPage` or `cursor` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPatternFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEventPatternByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The exact event name. Event names are case-sensitive and should be URL-encoded if they contain special characters. */
                eventName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPattern"];
                };
            };
            /** @description Invalid `eventName`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPatternFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Event pattern not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPatternFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getEventPattern: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the event pattern. */
                eventPatternId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPattern"];
                };
            };
            /** @description Invalid `eventPatternId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPatternFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Event pattern not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPatternFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listMailingLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailingList"][];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the theme. */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeResponse"];
                };
            };
            /** @description Invalid `themeId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Theme not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateTheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the theme. */
                themeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateThemeBody"];
            };
        };
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateThemeResponse"];
                };
            };
            /** @description Invalid `themeId` or request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Theme not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listThemes: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListThemesResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createTheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateThemeBody"];
            };
        };
        responses: {
            /** @description Theme created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeResponse"];
                };
            };
            /** @description Invalid request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listPublishedTransactionalEmails: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor, to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTransactionalsResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sendTransactionalEmail: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Include a unique ID for this request (maximum 100 characters) to avoid duplicate emails.
                 *
                 *     The value should be a string of up to 100 characters and should be unique for each request. We recommend using V4 UUIDs or some other method with enough guaranteed entropy to avoid collisions during a 24 hour window.
                 *
                 *     This endpoint will return a `409 Conflict` response if the idempotency key has been used in the previous 24 hours.
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionalRequest"];
            };
        };
        responses: {
            /** @description Successful send. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalSuccessResponse"];
                };
            };
            /** @description Bad request (e.g. transactional email is not published). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalSendFailureResponse"] | components["schemas"]["TransactionalFailure2Response"] | components["schemas"]["TransactionalFailure3Response"] | components["schemas"]["TransactionalFailure4Response"] | components["schemas"]["TransactionalFailure5Response"];
                };
            };
            /** @description Transactional email not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailure3Response"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Idempotency key has been used. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdempotencyKeyFailureResponse"];
                };
            };
        };
    };
    listTransactionalEmails: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTransactionalsResourceResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createTransactionalEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTransactionalRequest"];
            };
        };
        responses: {
            /** @description Transactional email created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalDraftResponse"];
                };
            };
            /** @description Invalid request body or no sending domain configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getTransactionalEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalResource"];
                };
            };
            /** @description Invalid `transactionalId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional email not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateTransactionalEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTransactionalRequest"];
            };
        };
        responses: {
            /** @description Transactional email updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalResource"];
                };
            };
            /** @description Invalid request body or `transactionalId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional email not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ensureTransactionalDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Draft ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalDraftResponse"];
                };
            };
            /** @description Invalid `transactionalId` or no sending domain configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional email not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    publishTransactionalEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional email. */
                transactionalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Transactional email published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalResource"];
                };
            };
            /** @description Invalid `transactionalId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional email not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No draft to publish. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
            /** @description Draft failed validation, sending domain is not verified, or content was flagged as unsafe. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionalFailureResponse"];
                };
            };
        };
    };
    listTransactionalGroups: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListGroupsResponse"];
                };
            };
            /** @description Invalid `perPage` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createTransactionalGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGroupRequest"];
            };
        };
        responses: {
            /** @description Transactional group created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid request body or reserved group name. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getTransactionalGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional group. */
                transactionalGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid `transactionalGroupId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional group not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateTransactionalGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the transactional group. */
                transactionalGroupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGroupRequest"];
            };
        };
        responses: {
            /** @description Transactional group updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupResponse"];
                };
            };
            /** @description Invalid request body, reserved group name, or the Unsorted group cannot be edited. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Transactional group not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUploadRequest"];
            };
        };
        responses: {
            /** @description Pre-signed upload URL created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateUploadResponse"];
                };
            };
            /** @description Invalid request body or unsupported `contentType`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Upload exceeds the maximum allowed size. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFailureResponse"];
                };
            };
        };
    };
    completeUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `emailAssetId` returned when the upload was created via `POST /v1/uploads`. */
                emailAssetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Upload completed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompleteUploadResponse"];
                };
            };
            /** @description Upload id is missing or the uploaded file has an unsupported content type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFailureResponse"];
                };
            };
            /** @description Invalid API key or content API not enabled for this team. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Upload not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Upload limit exceeded. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadLimitExceededFailureResponse"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description How many results to return in each request. Must be between 10 and 50. Default is 20. */
                perPage?: string;
                /** @description A cursor to return a specific page of results. Cursors can be found from the `pagination.nextCursor` value in each response. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkflowsResponse"];
                };
            };
            /** @description Invalid `perPage` or `cursor` value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description Workflow created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimplifiedWorkflow"];
                };
            };
            /** @description Invalid request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow creation is unavailable for this team. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimplifiedWorkflow"];
                };
            };
            /** @description Invalid `workflowId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWorkflowProperties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowPropertiesRequest"];
            };
        };
        responses: {
            /** @description Workflow properties updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimplifiedWorkflow"];
                };
            };
            /** @description Invalid `workflowId` or request body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    changeWorkflowMailingList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeWorkflowMailingListRequest"];
            };
        };
        responses: {
            /** @description Mailing-list dry run, queued-contact warning, or update result. Confirmed update responses include the simplified workflow after the mailing list changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeWorkflowMailingListResponse"];
                };
            };
            /** @description Invalid `workflowId`, request body, mailing list, or workflow state. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    createWorkflowNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkflowNodeRequest"];
            };
        };
        responses: {
            /** @description Workflow node created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkflowNodeResponse"];
                };
            };
            /** @description Invalid request. Details will be shown in `message`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    addWorkflowBranch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the BranchNode or ExperimentBranchNode that should receive one new child. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddWorkflowBranchRequest"];
            };
        };
        responses: {
            /** @description Branch added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddWorkflowBranchResponse"];
                };
            };
            /** @description Invalid `workflowId`, `nodeId`, request body, branch target, workflow state, or workflow node cap. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    getWorkflowNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the workflow node. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowNodeWithRevision"];
                };
            };
            /** @description Invalid `workflowId` or `nodeId`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateWorkflowNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the workflow node. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkflowNodeRequest"];
            };
        };
        responses: {
            /** @description Workflow node updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateWorkflowNodeResponse"];
                };
            };
            /** @description Invalid `workflowId`, `nodeId`, request body, or node update. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description This node update is not implemented. */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    deleteWorkflowNode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the workflow node. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteWorkflowNodeRequest"];
            };
        };
        responses: {
            /** @description Delete dry run, queued-contact warning, or deletion result. Confirmed deletion responses include the simplified workflow after the node is removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowNodeResponse"];
                };
            };
            /** @description Invalid `workflowId`, `nodeId`, request body, or delete target. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    rerouteNodeConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The ID of the source workflow node whose outgoing connection should be moved. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RerouteNodeConnectionRequest"];
            };
        };
        responses: {
            /** @description Node connection rerouted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RerouteNodeConnectionResponse"];
                };
            };
            /** @description Invalid `workflowId`, `nodeId`, request body, node connection selection, reroute target, or workflow state. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    deleteWorkflowNodeRecursively: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the workflow. */
                workflowId: string;
                /** @description The root node ID of the subtree to delete. */
                nodeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteWorkflowNodeRequest"];
            };
        };
        responses: {
            /** @description Delete dry run, queued-contact warning, or deletion result. Confirmed deletion responses include the simplified workflow after the nodes are removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteWorkflowNodeResponse"];
                };
            };
            /** @description Invalid `workflowId`, `nodeId`, request body, or delete target. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Invalid API key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Workflow or workflow node not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
            /** @description Wrong HTTP request method. */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `expectedRevisionId` is stale. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkflowFailureResponse"];
                };
            };
        };
    };
    webhookContactUnsubscribed: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "contact.unsubscribed",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookContactUnsubscribedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "contact.created",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4itta800003ow9hhekzk94o",
                 *         "email": "test+5@loops.so",
                 *         "userId": null
                 *       },
                 *       "contact": {
                 *         "id": "cm4itta800003ow9hhekzk94o",
                 *         "email": "test+5@loops.so",
                 *         "firstName": null,
                 *         "lastName": null,
                 *         "source": "API",
                 *         "subscribed": true,
                 *         "userGroup": "",
                 *         "userId": null,
                 *         "mailingLists": {
                 *           "cm4ittp2k000l12j3lgrzvlxt": true
                 *         },
                 *         "optInStatus": "accepted",
                 *         "favoriteColor": "blue",
                 *         "favoriteNumber": 42
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookContactCreatedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactDeleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "contact.deleted",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookContactDeletedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactMailingListSubscribed: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "contact.mailingList.subscribed",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       },
                 *       "mailingList": {
                 *         "id": "cm4ittp2k000l12j3lgrzvlxt",
                 *         "name": "test mailing list",
                 *         "description": null,
                 *         "isPublic": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookContactMailingListSubscribedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookContactMailingListUnsubscribed: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "contact.mailingList.unsubscribed",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       },
                 *       "mailingList": {
                 *         "id": "cm4ittp2k000l12j3lgrzvlxt",
                 *         "name": "test mailing list",
                 *         "description": null,
                 *         "isPublic": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookContactMailingListUnsubscribedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTransactionalEmailSent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "transactional.email.sent",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       },
                 *       "transactionalId": "cm4t1suns001uw6atri87v54s",
                 *       "transactionalName": "Test Transactional",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookTransactionalEmailSentPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCampaignEmailSent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "campaign.email.sent",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       },
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "campaignName": "Test Campaign",
                 *       "email": {
                 *         "id": "cm4t1sv84004yje79hawr1fi1",
                 *         "emailMessageId": "cm4t1suns001ww6atotin3bn1",
                 *         "subject": "Test Subject"
                 *       },
                 *       "mailingLists": [
                 *         {
                 *           "id": "cm4ittp2k000l12j3lgrzvlxt",
                 *           "name": "test mailing list",
                 *           "description": null,
                 *           "isPublic": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookCampaignEmailSentPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookLoopEmailSent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "loop.email.sent",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       },
                 *       "loopId": "cm4t1snfj0052icemfshgqfcw",
                 *       "loopName": "Test Loop",
                 *       "email": {
                 *         "id": "cm4t1socj004mje79e61mgh7d",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "mailingLists": [
                 *         {
                 *           "id": "cm4ittp2k000l12j3lgrzvlxt",
                 *           "name": "test mailing list",
                 *           "description": null,
                 *           "isPublic": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WebhookLoopEmailSentPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailDelivered: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.delivered",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailDeliveredPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailSoftBounced: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.softBounced",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailSoftBouncedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailHardBounced: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.hardBounced",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "9874cm4t1sseg004tje7982991nan8732843",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailHardBouncedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailClicked: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.clicked",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailClickedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailUnsubscribed: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.unsubscribed",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailUnsubscribedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailResubscribed: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.resubscribed",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailResubscribedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailOpened: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.opened",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailOpenedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEmailSpamReported: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "email.spamReported",
                 *       "eventTime": 1734425918,
                 *       "webhookSchemaVersion": "1.0.0",
                 *       "sourceType": "campaign",
                 *       "campaignId": "cm4t1suns001uw6atri87v54s",
                 *       "email": {
                 *         "id": "cm4t1sseg004tje7982991nan",
                 *         "emailMessageId": "cm4ittv1v001oow9hruou8na8",
                 *         "subject": "Subject of the email"
                 *       },
                 *       "contactIdentity": {
                 *         "id": "cm4ittmhq0011ow9h6fb460yw",
                 *         "email": "test@example.com",
                 *         "userId": null
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEmailSpamReportedPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTestingTestEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message ID. Use to deduplicate deliveries. */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Unix timestamp of when the message was sent. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
                /** @description HMAC signature for verifying the request. Verify using your endpoint signing secret from the Loops dashboard. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "eventName": "testing.testEvent",
                 *       "eventTime": 1734425918,
                 *       "message": "test",
                 *       "webhookSchemaVersion": "1.0.0"
                 *     }
                 */
                "application/json": components["schemas"]["WebhookTestingTestEventPayload"];
            };
        };
        responses: {
            /** @description Webhook received successfully. Return any 2xx status code to acknowledge delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

import { lazyValue } from '../src/core/runtime/lazy-value.ts';

/** Every operation of the spec by method name: what the typed client is derived from (built on first read). */
export const operations = /* @__PURE__ */ lazyValue(() => ({
  testApiKey: { method: "get", path: "/v1/api-key", pathParams: [], queryParams: [], idempotent: false },
  getAudienceSegment: { method: "get", path: "/v1/audience-segments/{audienceSegmentId}", pathParams: ["audienceSegmentId"], queryParams: [], idempotent: false },
  listAudienceSegments: { method: "get", path: "/v1/audience-segments", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createAudienceSegment: { method: "post", path: "/v1/audience-segments", pathParams: [], queryParams: [], body: "json", idempotent: false },
  listCampaigns: { method: "get", path: "/v1/campaigns", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createCampaign: { method: "post", path: "/v1/campaigns", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getCampaign: { method: "get", path: "/v1/campaigns/{campaignId}", pathParams: ["campaignId"], queryParams: [], idempotent: false },
  updateCampaign: { method: "post", path: "/v1/campaigns/{campaignId}", pathParams: ["campaignId"], queryParams: [], body: "json", idempotent: false },
  listCampaignGroups: { method: "get", path: "/v1/campaign-groups", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createCampaignGroup: { method: "post", path: "/v1/campaign-groups", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getCampaignGroup: { method: "get", path: "/v1/campaign-groups/{campaignGroupId}", pathParams: ["campaignGroupId"], queryParams: [], idempotent: false },
  updateCampaignGroup: { method: "post", path: "/v1/campaign-groups/{campaignGroupId}", pathParams: ["campaignGroupId"], queryParams: [], body: "json", idempotent: false },
  listDedicatedSendingIps: { method: "get", path: "/v1/dedicated-sending-ips", pathParams: [], queryParams: [], idempotent: false },
  createContact: { method: "post", path: "/v1/contacts/create", pathParams: [], queryParams: [], body: "json", idempotent: false },
  updateContact: { method: "put", path: "/v1/contacts/update", pathParams: [], queryParams: [], body: "json", idempotent: false },
  findContact: { method: "get", path: "/v1/contacts/find", pathParams: [], queryParams: ["email","userId"], idempotent: false },
  deleteContact: { method: "post", path: "/v1/contacts/delete", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getContactSuppression: { method: "get", path: "/v1/contacts/suppression", pathParams: [], queryParams: ["email","userId"], idempotent: false },
  removeContactSuppression: { method: "delete", path: "/v1/contacts/suppression", pathParams: [], queryParams: ["email","userId"], idempotent: false },
  listContactProperties: { method: "get", path: "/v1/contacts/properties", pathParams: [], queryParams: ["list"], idempotent: false },
  createContactProperty: { method: "post", path: "/v1/contacts/properties", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getComponent: { method: "get", path: "/v1/components/{componentId}", pathParams: ["componentId"], queryParams: [], idempotent: false },
  updateComponent: { method: "post", path: "/v1/components/{componentId}", pathParams: ["componentId"], queryParams: [], body: "json", idempotent: false },
  listComponents: { method: "get", path: "/v1/components", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createComponent: { method: "post", path: "/v1/components", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getEmailMessage: { method: "get", path: "/v1/email-messages/{emailMessageId}", pathParams: ["emailMessageId"], queryParams: [], idempotent: false },
  updateEmailMessage: { method: "post", path: "/v1/email-messages/{emailMessageId}", pathParams: ["emailMessageId"], queryParams: [], body: "json", idempotent: false },
  previewEmailMessage: { method: "post", path: "/v1/email-messages/{emailMessageId}/preview", pathParams: ["emailMessageId"], queryParams: [], body: "json", idempotent: false },
  getEmailMessageGuardian: { method: "get", path: "/v1/email-messages/{emailMessageId}/guardian", pathParams: ["emailMessageId"], queryParams: [], idempotent: false },
  sendEvent: { method: "post", path: "/v1/events/send", pathParams: [], queryParams: [], body: "json", idempotent: true },
  listEventPatterns: { method: "get", path: "/v1/event-patterns", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  getEventPatternByName: { method: "get", path: "/v1/event-patterns/by-name/{eventName}", pathParams: ["eventName"], queryParams: [], idempotent: false },
  getEventPattern: { method: "get", path: "/v1/event-patterns/{eventPatternId}", pathParams: ["eventPatternId"], queryParams: [], idempotent: false },
  listMailingLists: { method: "get", path: "/v1/lists", pathParams: [], queryParams: [], idempotent: false },
  getTheme: { method: "get", path: "/v1/themes/{themeId}", pathParams: ["themeId"], queryParams: [], idempotent: false },
  updateTheme: { method: "post", path: "/v1/themes/{themeId}", pathParams: ["themeId"], queryParams: [], body: "json", idempotent: false },
  listThemes: { method: "get", path: "/v1/themes", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createTheme: { method: "post", path: "/v1/themes", pathParams: [], queryParams: [], body: "json", idempotent: false },
  listPublishedTransactionalEmails: { method: "get", path: "/v1/transactional", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  sendTransactionalEmail: { method: "post", path: "/v1/transactional", pathParams: [], queryParams: [], body: "json", idempotent: true },
  listTransactionalEmails: { method: "get", path: "/v1/transactional-emails", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createTransactionalEmail: { method: "post", path: "/v1/transactional-emails", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getTransactionalEmail: { method: "get", path: "/v1/transactional-emails/{transactionalId}", pathParams: ["transactionalId"], queryParams: [], idempotent: false },
  updateTransactionalEmail: { method: "post", path: "/v1/transactional-emails/{transactionalId}", pathParams: ["transactionalId"], queryParams: [], body: "json", idempotent: false },
  ensureTransactionalDraft: { method: "post", path: "/v1/transactional-emails/{transactionalId}/draft", pathParams: ["transactionalId"], queryParams: [], idempotent: false },
  publishTransactionalEmail: { method: "post", path: "/v1/transactional-emails/{transactionalId}/publish", pathParams: ["transactionalId"], queryParams: [], idempotent: false },
  listTransactionalGroups: { method: "get", path: "/v1/transactional-groups", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createTransactionalGroup: { method: "post", path: "/v1/transactional-groups", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getTransactionalGroup: { method: "get", path: "/v1/transactional-groups/{transactionalGroupId}", pathParams: ["transactionalGroupId"], queryParams: [], idempotent: false },
  updateTransactionalGroup: { method: "post", path: "/v1/transactional-groups/{transactionalGroupId}", pathParams: ["transactionalGroupId"], queryParams: [], body: "json", idempotent: false },
  createUpload: { method: "post", path: "/v1/uploads", pathParams: [], queryParams: [], body: "json", idempotent: false },
  completeUpload: { method: "post", path: "/v1/uploads/{emailAssetId}/complete", pathParams: ["emailAssetId"], queryParams: [], idempotent: false },
  listWorkflows: { method: "get", path: "/v1/workflows", pathParams: [], queryParams: ["perPage","cursor"], idempotent: false },
  createWorkflow: { method: "post", path: "/v1/workflows", pathParams: [], queryParams: [], body: "json", idempotent: false },
  getWorkflow: { method: "get", path: "/v1/workflows/{workflowId}", pathParams: ["workflowId"], queryParams: [], idempotent: false },
  updateWorkflowProperties: { method: "post", path: "/v1/workflows/{workflowId}", pathParams: ["workflowId"], queryParams: [], body: "json", idempotent: false },
  changeWorkflowMailingList: { method: "post", path: "/v1/workflows/{workflowId}/mailing-list", pathParams: ["workflowId"], queryParams: [], body: "json", idempotent: false },
  createWorkflowNode: { method: "post", path: "/v1/workflows/{workflowId}/nodes", pathParams: ["workflowId"], queryParams: [], body: "json", idempotent: false },
  addWorkflowBranch: { method: "post", path: "/v1/workflows/{workflowId}/nodes/{nodeId}/add-branch", pathParams: ["workflowId","nodeId"], queryParams: [], body: "json", idempotent: false },
  getWorkflowNode: { method: "get", path: "/v1/workflows/{workflowId}/nodes/{nodeId}", pathParams: ["workflowId","nodeId"], queryParams: [], idempotent: false },
  updateWorkflowNode: { method: "post", path: "/v1/workflows/{workflowId}/nodes/{nodeId}", pathParams: ["workflowId","nodeId"], queryParams: [], body: "json", idempotent: false },
  deleteWorkflowNode: { method: "delete", path: "/v1/workflows/{workflowId}/nodes/{nodeId}", pathParams: ["workflowId","nodeId"], queryParams: [], body: "json", idempotent: false },
  rerouteNodeConnection: { method: "post", path: "/v1/workflows/{workflowId}/nodes/{nodeId}/reroute", pathParams: ["workflowId","nodeId"], queryParams: [], body: "json", idempotent: false },
  deleteWorkflowNodeRecursively: { method: "delete", path: "/v1/workflows/{workflowId}/nodes/{nodeId}/recursive", pathParams: ["workflowId","nodeId"], queryParams: [], body: "json", idempotent: false },
}) as const);

export type OperationName = keyof typeof operations;

/** Server URLs the spec declares, first is the default. */
export const servers = ["https://app.loops.so/api"] as const;

/** Every webhook event by its `eventName`: the key into `webhooks`, and its payload schema (an index into `webhookShapes`). */
export const webhookEvents = /* @__PURE__ */ lazyValue(() => ({
  "contact.unsubscribed": { webhook: "contactUnsubscribed", payload: 0 },
  "contact.created": { webhook: "contactCreated", payload: 9 },
  "contact.deleted": { webhook: "contactDeleted", payload: 16 },
  "contact.mailingList.subscribed": { webhook: "contactMailingListSubscribed", payload: 19 },
  "contact.mailingList.unsubscribed": { webhook: "contactMailingListUnsubscribed", payload: 23 },
  "transactional.email.sent": { webhook: "transactionalEmailSent", payload: 26 },
  "campaign.email.sent": { webhook: "campaignEmailSent", payload: 30 },
  "loop.email.sent": { webhook: "loopEmailSent", payload: 34 },
  "email.delivered": { webhook: "emailDelivered", payload: 38 },
  "email.softBounced": { webhook: "emailSoftBounced", payload: 44 },
  "email.hardBounced": { webhook: "emailHardBounced", payload: 47 },
  "email.clicked": { webhook: "emailClicked", payload: 50 },
  "email.unsubscribed": { webhook: "emailUnsubscribed", payload: 56 },
  "email.resubscribed": { webhook: "emailResubscribed", payload: 59 },
  "email.opened": { webhook: "emailOpened", payload: 62 },
  "email.spamReported": { webhook: "emailSpamReported", payload: 65 },
  "testing.testEvent": { webhook: "testingTestEvent", payload: 68 },
}) as const);

export type WebhookEventName = keyof typeof webhookEvents;

/** A payload schema as data (see scripts/lib/payload-shapes.ts); children are indexes into `webhookShapes`. */
export interface WebhookPayloadShape {
  type?: readonly string[]; enum?: readonly unknown[]; required?: readonly string[];
  properties?: readonly (readonly [string, number])[]; additional?: number | false; items?: number;
  allOf?: readonly number[]; anyOf?: readonly number[]; oneOf?: readonly number[];
}

/** The webhook payload schemas, compiled: checked by src/core/webhooks/json-shape.ts before a handler runs. */
export const webhookShapes: readonly WebhookPayloadShape[] = /* @__PURE__ */ lazyValue(
  (): WebhookPayloadShape[] => [
  {"allOf":[1,7]}, // 0
  {"type":["object"],"required":["eventName","eventTime","webhookSchemaVersion","contactIdentity"],"properties":[["eventName",2],["eventTime",3],["webhookSchemaVersion",4],["contactIdentity",5]]}, // 1
  {"type":["string"]}, // 2
  {"type":["integer"]}, // 3
  {"type":["string"],"enum":["1.0.0"]}, // 4
  {"type":["object"],"required":["id","email","userId"],"properties":[["id",2],["email",2],["userId",6]]}, // 5
  {"type":["string","null"]}, // 6
  {"type":["object"],"required":["eventName"],"properties":[["eventName",8]]}, // 7
  {"type":["string"],"enum":["contact.unsubscribed"]}, // 8
  {"allOf":[1,10]}, // 9
  {"type":["object"],"required":["eventName","contact"],"properties":[["eventName",11],["contact",12]]}, // 10
  {"type":["string"],"enum":["contact.created"]}, // 11
  {"type":["object"],"required":["id","email","firstName","lastName","source","subscribed","userGroup","userId","mailingLists","optInStatus"],"properties":[["id",2],["email",2],["firstName",6],["lastName",6],["source",2],["subscribed",13],["userGroup",2],["userId",6],["notes",6],["mailingLists",14],["optInStatus",15]]}, // 12
  {"type":["boolean"]}, // 13
  {"type":["object"],"additional":13}, // 14
  {"type":["string","null"],"enum":["accepted","pending","rejected",null]}, // 15
  {"allOf":[1,17]}, // 16
  {"type":["object"],"required":["eventName"],"properties":[["eventName",18]]}, // 17
  {"type":["string"],"enum":["contact.deleted"]}, // 18
  {"allOf":[1,20]}, // 19
  {"type":["object"],"required":["eventName","mailingList"],"properties":[["eventName",21],["mailingList",22]]}, // 20
  {"type":["string"],"enum":["contact.mailingList.subscribed"]}, // 21
  {"type":["object"],"required":["id","name","description","isPublic"],"properties":[["id",2],["name",2],["description",6],["isPublic",13]]}, // 22
  {"allOf":[1,24]}, // 23
  {"type":["object"],"required":["eventName","mailingList"],"properties":[["eventName",25],["mailingList",22]]}, // 24
  {"type":["string"],"enum":["contact.mailingList.unsubscribed"]}, // 25
  {"allOf":[1,27]}, // 26
  {"type":["object"],"required":["eventName","transactionalId","email","transactionalName"],"properties":[["eventName",28],["transactionalId",2],["transactionalName",2],["email",29]]}, // 27
  {"type":["string"],"enum":["transactional.email.sent"]}, // 28
  {"type":["object"],"required":["id","emailMessageId","subject"],"properties":[["id",2],["emailMessageId",2],["subject",2]]}, // 29
  {"allOf":[1,31]}, // 30
  {"type":["object"],"required":["eventName","campaignId","email","mailingLists","campaignName"],"properties":[["eventName",32],["campaignId",2],["campaignName",2],["email",29],["mailingLists",33]]}, // 31
  {"type":["string"],"enum":["campaign.email.sent"]}, // 32
  {"type":["array"],"items":22}, // 33
  {"allOf":[1,35]}, // 34
  {"type":["object"],"required":["eventName","loopId","email","mailingLists","loopName"],"properties":[["eventName",36],["loopId",2],["loopName",2],["email",29],["mailingLists",37]]}, // 35
  {"type":["string"],"enum":["loop.email.sent"]}, // 36
  {"type":["array"],"items":22}, // 37
  {"allOf":[39,42]}, // 38
  {"allOf":[1,40]}, // 39
  {"type":["object"],"required":["email","sourceType"],"properties":[["email",29],["sourceType",41],["campaignId",2],["loopId",2],["transactionalId",2]]}, // 40
  {"type":["string"],"enum":["loop","campaign","transactional"]}, // 41
  {"type":["object"],"required":["eventName"],"properties":[["eventName",43]]}, // 42
  {"type":["string"],"enum":["email.delivered"]}, // 43
  {"allOf":[39,45]}, // 44
  {"type":["object"],"required":["eventName"],"properties":[["eventName",46]]}, // 45
  {"type":["string"],"enum":["email.softBounced"]}, // 46
  {"allOf":[39,48]}, // 47
  {"type":["object"],"required":["eventName"],"properties":[["eventName",49]]}, // 48
  {"type":["string"],"enum":["email.hardBounced"]}, // 49
  {"allOf":[51,54]}, // 50
  {"allOf":[1,52]}, // 51
  {"type":["object"],"required":["email","sourceType"],"properties":[["email",29],["sourceType",53],["campaignId",2],["loopId",2]]}, // 52
  {"type":["string"],"enum":["loop","campaign"]}, // 53
  {"type":["object"],"required":["eventName"],"properties":[["eventName",55]]}, // 54
  {"type":["string"],"enum":["email.clicked"]}, // 55
  {"allOf":[51,57]}, // 56
  {"type":["object"],"required":["eventName"],"properties":[["eventName",58]]}, // 57
  {"type":["string"],"enum":["email.unsubscribed"]}, // 58
  {"allOf":[51,60]}, // 59
  {"type":["object"],"required":["eventName"],"properties":[["eventName",61]]}, // 60
  {"type":["string"],"enum":["email.resubscribed"]}, // 61
  {"allOf":[51,63]}, // 62
  {"type":["object"],"required":["eventName"],"properties":[["eventName",64]]}, // 63
  {"type":["string"],"enum":["email.opened"]}, // 64
  {"allOf":[39,66]}, // 65
  {"type":["object"],"required":["eventName"],"properties":[["eventName",67]]}, // 66
  {"type":["string"],"enum":["email.spamReported"]}, // 67
  {"type":["object"],"required":["eventName","eventTime","message","webhookSchemaVersion"],"properties":[["eventName",69],["eventTime",3],["message",70],["webhookSchemaVersion",4]]}, // 68
  {"type":["string"],"enum":["testing.testEvent"]}, // 69
  {"type":["string"],"enum":["test"]}, // 70
],
);
