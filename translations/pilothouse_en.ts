<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutSection</name>
    <message>
        <source>About Pilothouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator console for AI customer conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, licence %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Sign in to save the cost model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>Account: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the menu with Settings and Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings  Alt+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Alt+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log  Alt+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Alt+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users  Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSettings</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and use this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Conversation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over  T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back  H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve  E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id: %1</source>
        <translation>Rule id: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the conversation to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View only: your role reads conversations and acts on none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Resolve the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it end? The customer is not notified; a new message reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private instruction: the AI follows it in its next reply. %1 never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI takes the conversation again. Leave a note for it and your team (%1 never sees it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Offer free express shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter to confirm, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivatableRow</name>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement between reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Cohen&apos;s kappa: 1 is full agreement, 0 what chance alone would give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kappa %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiReplyDetails</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: show these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Weakest reply</translation>
    </message>
    <message>
        <source>The weakest AI reply in this conversation</source>
        <translation>The weakest AI reply in this conversation</translation>
    </message>
</context>
<context>
    <name>AnalyticsFilters</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by conversations nobody resolved: where the AI can gain most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why conversations went to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the conversations came from, and how each segment fared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsReportText</name>
    <message>
        <source>No intent detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over without an escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by AI, vendor-style only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved by the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved assumptions: these figures use values you are trying, not the organisation&apos;s cost model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in default assumptions: no cost model has been saved for the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s cost model, version %L1, saved by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</source>
        <translation>
            <numerusform>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</numerusform>
            <numerusform>Assumes %1 an hour for a person, %2 per 1,000 AI tokens and a team of %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</source>
        <translation>
            <numerusform>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</numerusform>
            <numerusform>Handling time: measured once an intent has %Ln handled conversations, else %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handling time measured for %1 of the %2 intents the AI resolved; defaults for the rest (%3 minutes unless set per intent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Run &apos;pilothouse --help&apos; for the list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse: watch, steer and take over AI customer conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend URL, e.g. https://pilothouse.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the cache, settings and logs (default: the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for https and wss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the local cache without connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log detail: %1 (default info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the board has filled, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up waiting for the board after this many seconds (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --offline exclude each other: the demo needs the local backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: &apos;%1&apos; is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: the user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir: &apos;%1&apos; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: cannot read &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &apos;%1&apos; is not available; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level: &apos;%1&apos; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-timeout: expected whole seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</source>
        <translation>Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</source>
        <translation>--window-size: &apos;%1&apos; is not a size like 1024x768 from %2x%3 to 16384x16384.</translation>
    </message>
    <message>
        <source>Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names (viewer, agent, admin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s conversation goes to the colleague you choose; they own it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, owns it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign to %1, %2, %n conversation(s)</source>
        <translation>
            <numerusform>Assign to %1, %2, %n conversation</numerusform>
            <numerusform>Assign to %1, %2, %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>owns it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n conversation(s)</source>
        <translation>
            <numerusform>%1 · %n conversation</numerusform>
            <numerusform>%1 · %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, when and from where. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, when and from where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every entry the filters match as a CSV file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing audited in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another user, action or period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge an AI reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the cost model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a rules draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a saved-replies draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else acted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the conversation&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command id used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require two-factor sign-in of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requiring two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardEmptyState</name>
    <message>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI is not handling anything right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VIP conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When customers write in, their conversations appear here live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a customer name, an order number or an intent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI is handling every conversation within its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over a conversation to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other filters may have what you are looking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations are kept on this computer once you have been online with this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardHeader</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) shown</source>
        <translation>
            <numerusform>%n conversation shown</numerusform>
            <numerusform>%n conversations shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, message, intent…  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest reply</source>
        <translation>Weakest reply</translation>
    </message>
    <message>
        <source>Weak replies</source>
        <translation>Weak replies</translation>
    </message>
    <message>
        <source>Conversations where an AI reply had low confidence</source>
        <translation>Conversations where an AI reply had low confidence</translation>
    </message>
</context>
<context>
    <name>BoardRow</name>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest AI reply</source>
        <translation>Weakest AI reply</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1 (%2). Last reply: %3.</source>
        <translation>Weakest AI reply: %1 (%2). Last reply: %3.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Weakest AI reply: %1. Last reply: %2.</source>
        <translation>Weakest AI reply: %1. Last reply: %2.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Conversation board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new or updated</source>
        <translation>
            <numerusform>↑ %n new or updated</numerusform>
            <numerusform>↑ %n new or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n new or updated conversation(s)</source>
        <translation>
            <numerusform>Show %n new or updated conversation</numerusform>
            <numerusform>Show %n new or updated conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>The board keeps its order while you work; this applies what changed</source>
        <translation>The board keeps its order while you work; this applies what changed</translation>
    </message>
</context>
<context>
    <name>BreakdownTable</name>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 hand-offs, %3 of all hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-offs in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CachedMessages</name>
    <message>
        <source>The cached messages could not be read from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the orders in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Confidence calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often reviewers judged the AI&apos;s replies wrong, by the confidence the AI gave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of judged replies that were wrong, by confidence band, chart; the same figures are in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI&apos;s confidence, from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1: %2 AI replies, %3 judged, %4 judged wrong (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wrong replies the threshold must catch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of the wrong replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % of the wrong replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % of the wrong replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % of the wrong replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelGlyph</name>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note for your team — the customer never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over to reply; notes stay internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: new line · Ctrl+Enter: send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: send · Shift+Enter: new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction for the AI — the customer never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction for the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply here anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply goes to this conversation only. You are asked once per conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, do not send yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerDrafts</name>
    <message>
        <source>AI suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest of %n suggestions · Ctrl+Shift+D inserts it</source>
        <translation>
            <numerusform>The newest of %n suggestion · Ctrl+Shift+D inserts it</numerusform>
            <numerusform>The newest of %n suggestions · Ctrl+Shift+D inserts it</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+D inserts the newest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfidenceBadge</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AI reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI confidence</source>
        <translation>AI confidence</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <comment>what, percentage, band</comment>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide the customer panel</source>
        <translation>Hide the customer panel</translation>
    </message>
    <message>
        <source>Show the customer panel and the AI&apos;s drafts</source>
        <translation>Show the customer panel and the AI&apos;s drafts</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a conversation on the board, or press J to open the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in the local cache. It may have been removed, or it has not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsBehindDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side of the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for the conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is behind this side of the figure for this period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <comment>the conversation is in the local cache</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, created %2, %3, %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostModelPanel</name>
    <message>
        <source>Cost model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures on these pages use unsaved values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the organisation&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded hourly cost of a person (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an hour of a person costs, overheads included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its three-letter code, such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI price per 1,000 tokens (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 for a model you host yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default handling minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a person takes, for intents without enough measured conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations needed to measure an intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this many handled conversations, an intent uses its measured handling time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team size compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The human team the savings are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this version (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the values change; kept with the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try these values without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the fields to the values the figures use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportButton</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this table as a CSV file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is their first conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other conversations</source>
        <translation>Other conversations</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1, date as year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineLegend</name>
    <message>
        <source>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</source>
        <translation>First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>2 min or less</source>
        <translation>2 min or less</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
</context>
<context>
    <name>DeltaLabel</name>
    <message>
        <source>better</source>
        <comment>change against the previous period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <comment>change against the previous period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better or worse</source>
        <comment>change against the previous period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <source>Insert AI suggestion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DryRunPanel</name>
    <message>
        <source>Dry run on the cached history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History to replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay against the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another version on the left: its rules are replayed turn by turn over every cached conversation and compared with the rules in force. Nothing is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the line, hand-offs the version adds; below it, the ones it removes; by hour of the day, local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies decided differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot;. Now: %4. Would be: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the rule trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the rule trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierConversationRow</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s other conversation: %1, %2</source>
        <translation>Open the customer&apos;s other conversation: %1, %2</translation>
    </message>
    <message>
        <source>Merge into this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into this conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EchoBubble</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <source>Erase this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s name, e-mail address and every message of their conversations (%2) are erased on the server and in every console, notes and drafts included. Their open conversations are closed first. The figures keep counting the conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the customer for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>The cache does not have the expected tables (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write event %1 to the cache (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the cache position (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not clear the cache for a snapshot (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a snapshot to the cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase a customer from the cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot part arrived without its first part.</source>
        <translation>A snapshot part arrived without its first part.</translation>
    </message>
    <message>
        <source>Could not index cached messages for search (%1).</source>
        <translation>Could not index cached messages for search (%1).</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <source>The figures could not be saved in the local cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached figures could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached figures could not be cleared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost model could not be saved in the local cache (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached cost model could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>All figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure of this period against the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, previously %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Cancel export (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the listed conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n conversation(s)</source>
        <translation>
            <numerusform>Export %n conversation</numerusform>
            <numerusform>Export %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheet (CSV): one row per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full transcripts (JSON Lines): every message with its confidence and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed transcripts (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact e-mail addresses, phone numbers and card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>support or sales</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI first response (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human first response after hand-off (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest AI confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean AI confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue attributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest AI reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the conversations cached on this computer. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity — refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every cached message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations appear here once the console has been online; they stay for review offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>Press Enter to open the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wrong reply(s)</source>
        <translation>
            <numerusform>%n wrong reply</numerusform>
            <numerusform>%n wrong replies</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HourBars</name>
    <message>
        <source>%1:00, %2 more, %3 fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs by hour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs by hour: no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Intent</name>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk order lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting or small talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveFigure</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingState</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the cache at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or delete it; it will be filled again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the cache at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the cache at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pilothouse — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other conversation (%1) is closed, and its customer&apos;s messages are copied into this one, where the conversation with the customer goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the other conversation into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep both conversations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs %1</source>
        <comment>the previous period&apos;s value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to list the conversations behind it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricText</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI, provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI, vendor-style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First human response after hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cost of a team of %n</source>
        <translation>
            <numerusform>Cost of a team of %n</numerusform>
            <numerusform>Cost of a team of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost per resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue influenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations created in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the conversations that ended, those the AI resolved with no person writing and no reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every close by the AI, including customers who went quiet and conversations a person helped with or that reopened: what other products report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations never handed to a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations escalated or taken over by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time from the customer&apos;s first message to the AI&apos;s first reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time from a hand-off to the first reply a person wrote, never blended with the AI&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time from the first message to the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 among the rated conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating, 1 to 5, of the rated conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated conversations among those sent a survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict AI resolutions times the time a person takes for the same intent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens the AI used, at the cost model&apos;s price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved at the loaded hourly cost, minus the AI spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team the savings are compared with costs in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI spend plus the time people spent, over every resolved conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales conversations where need, timeline, budget and authority became known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales conversations won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed within the attribution window of a sales conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue influenced over the attributed orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage; the translation places the sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <comment>change of a percentage, in points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-reply deadlines met</source>
        <translation>First-reply deadlines met</translation>
    </message>
    <message>
        <source>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</source>
        <translation>Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.</translation>
    </message>
</context>
<context>
    <name>NavTab</name>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoFiguresState</name>
    <message>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures are cached on this computer. They arrive from the server once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends them to supervisors and admins once it has conversations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSwitch</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when a conversation is handed to people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of hand-offs for these reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenElsewhereNotice</name>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer&apos;s other open conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Order #%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Could not create the folder %1 for unsent actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the unsent actions at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the unsent actions at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the unsent actions store (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox&apos;s journal could not be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesChart</name>
    <message>
        <source>Outcomes by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations by the day they started, and how they ended so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by day, chart; the same figures are in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by AI, lenient only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI, lenient only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 resolved by AI, %4 closed by AI counted only by the lenient figure, %5 resolved by a person, %6 not resolved, %7 abandoned, %8 still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the cache: offline, nothing arrives live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month so far (%1), against the cost of the team for the same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conversations behind the money saved this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved assumptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 as table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExportButton</name>
    <message>
        <source>Exporting… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves every table of this page, with the period and the assumptions, as a PDF file you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved, %n page(s).</source>
        <translation>
            <numerusform>Saved, %n page.</numerusform>
            <numerusform>Saved, %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenceSwitch</name>
    <message>
        <source>Your presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityMark</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueHeader</name>
    <message>
        <source>Escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting</source>
        <translation>
            <numerusform>%n conversation waiting</numerusform>
            <numerusform>%n conversations waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Take next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take next  N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over the most urgent waiting conversation. Shortcut: N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are away, so Take next is off. Set yourself online in the Team tab (Ctrl+3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, with %3, %4</source>
        <translation>%1, %2, with %3, %4</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation is escalated for “%1” right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the AI hands a conversation to people, it appears here with its reason and response target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateTrendChart</name>
    <message>
        <source>Strict AI resolution by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each day&apos;s conversations the AI resolved, durable after 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict AI resolution by day, chart; the same figures are in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict AI resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonChip</name>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentActivity</name>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations with the newest messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the conversation in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionSelect</name>
    <message>
        <source>Keep closed conversations for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the default)</source>
        <translation>
            <numerusform>%n day (the default)</numerusform>
            <numerusform>%n days (the default)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBar</name>
    <message>
        <source>%1: %2 — “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional, N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to label replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a reason&apos;s key to send the label, Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J next, K previous, 1 right, 2 wrong, N note. Labels wait in the outbox while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: labels are kept and sent when the link returns. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sampled per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cached AI reply has a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have labelled this week&apos;s sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handed-over conversation has a reply you have not labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reply to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueRow</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleRow</name>
    <message>
        <source>%1. %2%3. When: %4. Then: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, guardrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is a VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer is not a VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer asks for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer does not ask for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message threatens legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message threatens no legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message speaks of self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message does not speak of self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI has no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AI has an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turns without progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>e.g. &quot;confidence below 45 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>e.g. &quot;intent is Refund or Cancel order&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks for a person (built-in detector, five languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message threatens legal action or a chargeback (built-in detector, five languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message speaks of self-harm or a risk to life (built-in detector, five languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the AI&apos;s answer for a person to approve: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over: %1, %2</source>
        <extracomment>%1 the hand-off reason, %2 its priority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would no longer hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held instead of handed over, or the reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the rule&apos;s name (as the supervisor wrote it), %2 what it does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 removed (it was at position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 moved from position %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds (an earlier rule decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds and decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4)</source>
        <extracomment>%1 position, %2 the rule&apos;s name, %3 holds or not, %4 its conditions with ✓ or ✗</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read top to bottom: the first rule that holds decides whether a person takes over. Guardrails can move but never go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules, in the order they are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sales conversations, and the orders placed within %n day(s) of one</source>
        <translation>
            <numerusform>Sales conversations, and the orders placed within %n day of one</numerusform>
            <numerusform>Sales conversations, and the orders placed within %n days of one</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedRepliesEditorDialog</name>
    <message>
        <source>Edit saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by the whole team. Placeholders are filled in when a reply is inserted: {customer.name}, {customer.firstName}, {order.id} (the latest order), {agent.name}, {agent.firstName}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedReplyEditRow</name>
    <message>
        <source>Title, e.g. Refund timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of saved reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move saved reply %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move saved reply %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply. Placeholders: {customer.firstName}, {order.id}, {agent.firstName}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of saved reply %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedReplyPicker</name>
    <message>
        <source>Saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team has no saved replies yet. Supervisors add them in the Team view (Saved replies…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved reply matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to insert, Esc to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsTable</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (4 or 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 not resolved, resolved by AI %4, CSAT %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentimentIndicator</name>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsSection</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a session you do not recognise: that computer is signed out at once and must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow it too. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and the rows that hold it grow together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion: no fading, pulsing or sliding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up and cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Pilothouse when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed conversations on this computer for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older ones leave the cache, with their messages. Open conversations always stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact rows: the board and the queue show two lines per conversation</source>
        <translation>Compact rows: the board and the queue show two lines per conversation</translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After resolving, open the next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one of yours whose customer has waited longest, otherwise the top of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the escalation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the open conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand back to the AI, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve, with an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace, Overview, Analytics (supervisors and admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: every cached conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: label the AI&apos;s replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next and previous reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI was right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI was wrong, then the reason: I intent, F facts, T tone, H should have handed over, S should not have, L language, O other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: escalation rules and their dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: language, theme, text size, notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is new or updated (the board keeps its order while you work)</source>
        <translation>Show what is new or updated (the board keeps its order while you work)</translation>
    </message>
    <message>
        <source>Show the team: presence and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next waiting conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to the AI (supervisors and admins, while the AI answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: send. Email: a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat: a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply, note or whisper (chat and email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between a reply and an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the AI&apos;s newest suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a saved reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: who did what, when and from where (admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: roles, who may sign in, passwords (admins)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to watch and steer your AI conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://pilothouse.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to user name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server requires two-factor sign-in. Set it up now with an authenticator app on your phone; from then on, signing in asks for a code from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the set-up and sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaTimer</name>
    <message>
        <source>First-reply deadline missed: %1</source>
        <translation>First-reply deadline missed: %1</translation>
    </message>
    <message>
        <source>First-reply deadline: %1</source>
        <translation>First-reply deadline: %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMemberRow</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the team&apos;s saved replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you are away, Take next gives you no conversations. Colleagues see you as away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team to show yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThinScrollBar</name>
    <message>
        <source>Scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration, minutes</comment>
        <translation type="unfinished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration, hours</comment>
        <translation type="unfinished">
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration, hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration, days</comment>
        <translation type="unfinished">
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of an older event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month and year, e.g. &quot;March 2021&quot; (&quot;customer since&quot;). %1 month name, %2 year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>SLA countdown, e.g. 2:14 left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <comment>SLA countdown over an hour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s over</source>
        <comment>SLA passed by seconds</comment>
        <translation type="unfinished">
            <numerusform>%n s over</numerusform>
            <numerusform>%n s over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min over</source>
        <comment>SLA passed by minutes</comment>
        <translation type="unfinished">
            <numerusform>%n min over</numerusform>
            <numerusform>%n min over</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min over</source>
        <comment>SLA passed by hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration, seconds with a decimal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration, minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration, days and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replied %n s late</source>
        <comment>first reply after its deadline, by seconds</comment>
        <translation>
            <numerusform>replied %n s late</numerusform>
            <numerusform>replied %n s late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replied %n min late</source>
        <comment>first reply after its deadline, by minutes</comment>
        <translation>
            <numerusform>replied %n min late</numerusform>
            <numerusform>replied %n min late</numerusform>
        </translation>
    </message>
    <message>
        <source>replied %1 h %2 min late</source>
        <comment>first reply after its deadline, by hours</comment>
        <translation>replied %1 h %2 min late</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Top bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPdf</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to a person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (AI, %2)</source>
        <comment>author of an AI reply and its confidence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPdfDialog</name>
    <message>
        <source>Save the transcript as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include internal notes and whispers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages appear here as soon as the customer or the AI writes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionLines</name>
    <message>
        <source>%1. Note: %2</source>
        <comment>a transition and its note</comment>
        <translation>%1. Note: %2</translation>
    </message>
    <message>
        <source>Taken over by %1</source>
        <translation>Taken over by %1</translation>
    </message>
    <message>
        <source>Transferred by %1</source>
        <translation>Transferred by %1</translation>
    </message>
    <message>
        <source>Transferred to %1 by %2</source>
        <translation>Transferred to %1 by %2</translation>
    </message>
    <message>
        <source>Handed back to the AI by %1</source>
        <translation>Handed back to the AI by %1</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Resolved by %1</translation>
    </message>
    <message>
        <source>Resolved by %1 as %2</source>
        <comment>who, and the outcome: Resolved, Not resolved, Spam</comment>
        <translation>Resolved by %1 as %2</translation>
    </message>
    <message>
        <source>Resolved: the customer confirmed the AI&apos;s answer</source>
        <translation>Resolved: the customer confirmed the AI&apos;s answer</translation>
    </message>
    <message>
        <source>Resolved: the customer did not write again after the AI&apos;s answer</source>
        <translation>Resolved: the customer did not write again after the AI&apos;s answer</translation>
    </message>
    <message>
        <source>Closed: the customer left before a person answered</source>
        <translation>Closed: the customer left before a person answered</translation>
    </message>
    <message>
        <source>Reopened: the customer wrote again</source>
        <translation>Reopened: the customer wrote again</translation>
    </message>
    <message>
        <source>Closed by %1: the customer&apos;s data was erased</source>
        <translation>Closed by %1: the customer&apos;s data was erased</translation>
    </message>
    <message>
        <source>Merged into another conversation of the customer by %1</source>
        <translation>Merged into another conversation of the customer by %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <comment>new status, actor</comment>
        <translation>%1 by %2</translation>
    </message>
</context>
<context>
    <name>TwoFactorSection</name>
    <message>
        <source>Two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: your password alone signs you in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Lost your phone? An administrator can reset it.</source>
        <translation>
            <numerusform>%n recovery code left. Lost your phone? An administrator can reset it.</numerusform>
            <numerusform>%n recovery codes left. Lost your phone? An administrator can reset it.</numerusform>
        </translation>
    </message>
    <message>
        <source>With it on, a stolen password is not enough to sign in as you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoFactorSetUp</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key below into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these recovery codes down and keep them safe. Each signs you in once without your phone. They are not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written them down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · may not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (12 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the two-factor sign-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second factor yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not set up two-factor sign-in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to this server, and as what. A change to someone signs them out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name people read (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password (12 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require two-factor sign-in for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning it on signs out everyone who has not set it up; their next sign-in sets it up before anything else. Turn it on for yourself first, in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their first password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionRow</name>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VipBadge</name>
    <message>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingTime</name>
    <message>
        <source>Waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhisperBar</name>
    <message>
        <source>Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave whisper mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Resize board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n past the first-reply deadline</source>
        <translation>
            <numerusform>%1, %n past the first-reply deadline</numerusform>
            <numerusform>%1, %n past the first-reply deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) in the queue passed the first-reply deadline.</source>
        <translation>
            <numerusform>%n conversation in the queue passed the first-reply deadline.</numerusform>
            <numerusform>%n conversations in the queue passed the first-reply deadline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::app::AboutInfo</name>
    <message>
        <source>The licence text of %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Account</name>
    <message>
        <source>Saved replies are edited while connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved replies are published while connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Console</name>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached conversations yet: sign in once while online to fill the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing cached conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Try something like https://pilothouse.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in for this session only: your sign-in could not be stored in the system keychain, so you will be asked to sign in next time. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::app::Preferences</name>
    <message>
        <source>the registry refused the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read, so the defaults are used. The damaged file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings could not be read and are back to their defaults: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long closed conversations are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compact rows</source>
        <translation>compact rows</translation>
    </message>
    <message>
        <source>opening the next conversation after resolving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::app::TrayNotifier</name>
    <message numerus="yes">
        <source>Pilothouse: %n conversation(s) waiting for a person</source>
        <translation>
            <numerusform>Pilothouse: %n conversation waiting for a person</numerusform>
            <numerusform>Pilothouse: %n conversations waiting for a person</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilothouse: the queue is clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::AuditModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n entries.</source>
        <translation>
            <numerusform>The newest %1 of %n entry.</numerusform>
            <numerusform>The newest %1 of %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the newest %1 entries to %2; narrow the filters for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 entries to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export needs a connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is kept on the server. Connect to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, now shown as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CalibrationModel</name>
    <message>
        <source>No AI reply of this period has been judged yet. Reviewers mark replies right or wrong in the transcript; the chart fills as they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviewers judged %n AI reply(s) of this period and found none wrong.</source>
        <translation>
            <numerusform>Reviewers judged %n AI reply of this period and found none wrong.</numerusform>
            <numerusform>Reviewers judged %n AI replies of this period and found none wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n reply(s) judged wrong</source>
        <translation>
            <numerusform>%1 of the %n reply judged wrong</numerusform>
            <numerusform>%1 of the %n replies judged wrong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person (%1 of the period&apos;s conversations)</source>
        <translation>
            <numerusform>%n more conversation handed to a person (%1 of the period&apos;s conversations)</numerusform>
            <numerusform>%n more conversations handed to a person (%1 of the period&apos;s conversations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more conversation(s) handed to a person</source>
        <translation>
            <numerusform>%n more conversation handed to a person</numerusform>
            <numerusform>%n more conversations handed to a person</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing over every reply below %1 confidence would have caught %2, at the cost of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a whole percentage; the translation places the sign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <extracomment>A confidence band, e.g. &quot;40–50 %&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Catalogue</name>
    <message>
        <source>AI handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI going in circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong tone or voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should have handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should not have handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-harm or a risk to life</source>
        <translation>Self-harm or a risk to life</translation>
    </message>
    <message>
        <source>Legal threat or chargeback</source>
        <translation>Legal threat or chargeback</translation>
    </message>
    <message>
        <source>Unhappy VIP</source>
        <translation>Unhappy VIP</translation>
    </message>
    <message>
        <source>Customer asks for a person</source>
        <translation>Customer asks for a person</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Angry customer</translation>
    </message>
    <message>
        <source>A lookup failed</source>
        <translation>A lookup failed</translation>
    </message>
    <message>
        <source>No answer known</source>
        <translation>No answer known</translation>
    </message>
    <message>
        <source>Going round in circles</source>
        <translation>Going round in circles</translation>
    </message>
    <message>
        <source>The AI is unsure</source>
        <translation>The AI is unsure</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CommandPump</name>
    <message>
        <source>Unsent actions could not be handled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent actions could not be handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the unsent actions (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save an unsent action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be saved before sending (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is damaged and cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove an unsent action (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of unsent actions at %1 is damaged and could not be moved aside (%2). Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged and moved to %1, but the recovered actions could not be put in place (%2). Restart Pilothouse to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of unsent actions was damaged. It was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it could be read; actions not yet sent from it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent actions recovered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent actions that could not be read and will not be sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove an erased customer&apos;s actions (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ConversationsBehindModel</name>
    <message>
        <source>Open</source>
        <comment>a conversation&apos;s outcome: not closed yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>the customer stopped answering</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intent detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is not in this console&apos;s cache, so it cannot be opened here. The cache holds the conversations the server sent since you signed in on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <comment>the upper part of a fraction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <comment>the lower part of a fraction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a side of a figure and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from %1 to %2 (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side is a sum of times, amounts or orders: these are the conversations that add to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side is not a count of conversations: these are all the conversations of the period and filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s numerator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These conversations are the figure&apos;s denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of conversations behind a figure needs a connection to the server. Connect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind %1, intent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind %1, segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations behind the replies judged wrong at %1 confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <comment>a confidence band</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CostModelForm</name>
    <message>
        <source>Some values were not accepted; see the messages under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures now use these values. They are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %L1 of the organisation&apos;s cost model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 saved version %L2 on %3 meanwhile. Your values are kept here and in the figures; save again to replace that version, or go back to the organisation&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept some values; see the messages under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::CustomerConversationsModel</name>
    <message>
        <source>This customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <comment>started just now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>started 5 min ago</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also has an open conversation by email, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also has an open conversation by SMS, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also has an open conversation by phone, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also has an open conversation in chat, started %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EntityCheck</name>
    <message>
        <source>Mentions %1; the customer asked about %2.</source>
        <translation>Mentions %1; the customer asked about %2.</translation>
    </message>
</context>
<context>
    <name>pilothouse::models::EscalationQueueModel</name>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ExportJob</name>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <comment>exported</comment>
        <translation type="unfinished">
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <comment>redacted</comment>
        <translation type="unfinished">
            <numerusform>%Ln e-mail address(es)</numerusform>
            <numerusform>%Ln e-mail address(es)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <comment>redacted</comment>
        <translation type="unfinished">
            <numerusform>%Ln phone number</numerusform>
            <numerusform>%Ln phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card number(s)</source>
        <comment>redacted</comment>
        <translation type="unfinished">
            <numerusform>%Ln card number</numerusform>
            <numerusform>%Ln card numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1; nothing needed redacting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1; redacted %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts can be exported only from a local cache; none is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest AI reply first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest to close first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest rating first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakest AI reply %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s)</source>
        <translation>
            <numerusform>%Ln conversation</numerusform>
            <numerusform>%Ln conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match; only the newest %1 matching messages were read</source>
        <translation>
            <numerusform>%Ln conversation match; only the newest %1 matching messages were read</numerusform>
            <numerusform>%Ln conversations match; only the newest %1 matching messages were read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conversation(s) match</source>
        <translation>
            <numerusform>%Ln conversation match</numerusform>
            <numerusform>%Ln conversations match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching message(s)</source>
        <translation>
            <numerusform>%Ln matching message</numerusform>
            <numerusform>%Ln matching messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cached message(s) not searchable yet: still being indexed.</source>
        <translation>
            <numerusform>%Ln cached message not searchable yet: still being indexed.</numerusform>
            <numerusform>%Ln cached messages not searchable yet: still being indexed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::HistoryWorker</name>
    <message>
        <source>Nothing is cached yet: conversations appear here once the console has been online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cached conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is not in the cache, so it cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::Labels</name>
    <message>
        <source>No intent detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::PdfExport</name>
    <message>
        <source>Pilothouse analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilothouse, exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this computer to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewModel</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither named it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one answer throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) labelled by both</source>
        <translation>
            <numerusform>%n reply labelled by both</numerusform>
            <numerusform>%n replies labelled by both</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI reply to %1, %2 confident: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) to review</source>
        <translation>
            <numerusform>%n reply to review</numerusform>
            <numerusform>%n replies to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n labelled here</source>
        <translation>
            <numerusform>%1 · %n labelled here</numerusform>
            <numerusform>%1 · %n labelled here</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named by neither: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ReviewWorker</name>
    <message>
        <source>Nothing is cached yet: replies to review appear once the console has been online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the replies to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the review labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesModel</name>
    <message>
        <source>Published by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restores %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server applies until someone publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules every server starts with. The first published version replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2, last %n day(s): %3 replies in %4 conversations.</source>
        <extracomment>%1 and %2 versions (&quot;Version 1&quot;, &quot;Built-in rules&quot;), %n days, %3 replies, %4 conversations</extracomment>
        <translation>
            <numerusform>%1 against %2, last %n day: %3 replies in %4 conversations.</numerusform>
            <numerusform>%1 against %2, last %n days: %3 replies in %4 conversations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-offs: %1, as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-offs: %1 → %2 (%3 fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: only part of the window was replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply would be decided differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replies would be decided differently; the first %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) would be decided differently.</source>
        <translation>
            <numerusform>%n reply would be decided differently.</numerusform>
            <numerusform>%n replies would be decided differently.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every reply reviewers said should have been handed over would be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) that reviewers said should have been handed over would still be answered by the AI.</source>
        <translation>
            <numerusform>%n reply that reviewers said should have been handed over would still be answered by the AI.</numerusform>
            <numerusform>%n replies that reviewers said should have been handed over would still be answered by the AI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same rules as the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compared with the rules in force: %n change(s)</source>
        <translation>
            <numerusform>Compared with the rules in force: %n change</numerusform>
            <numerusform>Compared with the rules in force: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::RulesWorker</name>
    <message>
        <source>Nothing is cached yet: the rules appear once the console has been online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SavedRepliesEditor</name>
    <message>
        <source>Give the reply a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder the console can fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A placeholder the console cannot fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A team keeps at most %n saved replies.</source>
        <translation>
            <numerusform>A team keeps at most %n saved reply.</numerusform>
            <numerusform>A team keeps at most %n saved replies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as version %1. Every console has it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: %1 Publish again to replace their version with yours, or discard your edits to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else changed the saved replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not published: %n problem to fix.</numerusform>
            <numerusform>Not published: %n problems to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::SessionsModel</name>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. From %2. %3. %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are listed while connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::StoreWriter</name>
    <message>
        <source>The local cache failed unexpectedly (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cache (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The local cache at %1 is damaged and could not be moved aside (%2). Move or delete it; it will be filled again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was damaged. It was moved to %1 and is being rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TeamModel</name>
    <message>
        <source>Presence unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team appears once the console is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence is unknown while the console is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>how many are online · how many are away</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n away</source>
        <translation>
            <numerusform>%n away</numerusform>
            <numerusform>%n away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilothouse::models::ToolText</name>
    <message>
        <source>Order lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the billing policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bulk order policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the cancellation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the damaged goods policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the refund policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the shipping policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sizing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warranty policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 is not on this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to cancel order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the sizing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looked up %1: %n in stock</source>
        <translation>
            <numerusform>Looked up %1: %n in stock</numerusform>
            <numerusform>Looked up %1: %n in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units of %1</source>
        <translation>
            <numerusform>Qualified a sales lead: %n unit of %1</numerusform>
            <numerusform>Qualified a sales lead: %n units of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Qualified a sales lead: %n units</source>
        <translation>
            <numerusform>Qualified a sales lead: %n unit</numerusform>
            <numerusform>Qualified a sales lead: %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualified a sales lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified a sales lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TranscriptModel</name>
    <message>
        <source>Decided by the built-in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by rules version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::TwoFactorModel</name>
    <message>
        <source>Enter the 6-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is set up while connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::models::UsersModel</name>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2; they sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer sign in; their sessions ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed; they sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are managed while connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in of %1 is off; their password alone signs them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor sign-in is no longer required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::AuditClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; sign in again to read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows the audit log to admins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s audit log could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::ConfigClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer; try again when the console is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors and admins edit this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to publish: this is the version in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::CostModelClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost model could not be fetched; the server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows the cost model to supervisors and admins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s cost model could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost model was not saved; the server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins may change the organisation&apos;s cost model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost model was not saved (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::FactsConversationsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows the conversations behind the figures to supervisors and admins only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of conversations could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::LoginClient</name>
    <message>
        <source>The server at %1 did not answer. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent an answer far too large for a sign-in. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not sign in to the console. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again in a few minutes; if it persists, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 rejected the sign-in request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a Pilothouse server (HTTP %2). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not like a Pilothouse server. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Use an address such as https://pilothouse.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so your password was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right, or was used already. Enter the code the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionWorker</name>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address this console can use. Use an address such as https://pilothouse.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message this console cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from the server could not be processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 needs a newer Pilothouse. Install the update, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not use the console on %1. Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. The action will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is too large for the server to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action could not be encoded (invalid text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1: %2), so the session was not started and your sign-in was not sent. Check the address, or ask your administrator for the certificate authority file and start Pilothouse with --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent events out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a message over the size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to %1 was too slow to keep up with the server; catching up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now requires two-factor sign-in. Sign in again to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::SessionsClient</name>
    <message>
        <source>&quot;%1&quot; is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins see everyone&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of sessions could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not end the session (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TokenStore</name>
    <message>
        <source>The saved sign-in could not be removed from the system keychain. Remove the &quot;Pilothouse&quot; entry with your keychain manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was declined. Allow Pilothouse to use the keychain to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain (the login keyring) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in cannot be remembered. Install and start GNOME Keyring or KWallet, or sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain on this computer does not support storing sign-ins. You will need to sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1). Check that it is running and unlocked, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Check that it is running and unlocked, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::TwoFactorClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pilothouse::net::UsersClient</name>
    <message>
        <source>This is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s list of users could not be read (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
