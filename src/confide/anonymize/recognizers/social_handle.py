"""Social-media handles.

``@name`` (not an e-mail address, time or amount; Venmo's hyphens kept: ``@Tom-Okoro-7``), Reddit
``u/name``, bare user names with an underscore (``lonelyboi_in_leeds``), a name after its platform
or after "username is" or "my user is" (``insta (inkymoth22)``, ``gamer tag is NightFoxRider22``) when it holds
a dot, underscore, hyphen, digit or inner capital, a Cash App ``$cashtag`` after "cashapp", and
Discord tags: a name with its four-digit discriminator
(``nightowl#4821``); a label with a number sign, spaced or glued ("Unit# 4412", "MRN#4471"), is no tag.
A forum export's author line names its user ("Comment from RecoveringRuth:"; see ``_AUTHOR_LINE``), and
so does a chat log's speaker line when the speaker is a user name ("quiet.moth: hey", see ``_SPEAKER_LINE``), a
message's or a post's sender in lower case ("feedback from quietstorm88") and a records system's login after the act
it logs ("indexed by dwhitlock").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from confide.anonymize.recognizers.base import register_validator
from confide.anonymize.recognizers.identifier_number import ID_WORDS

# Labels that open a glued "label#number" (an id, a room, a record), and titles before a name.
_LABEL = (
    r"(?i:(?:" + ID_WORDS + r"|unit|rm|room|bed|bay|apt|suite|ste|pt|pager|pgr|ext|issue|bug|pr|"
    r"mr|mrs|ms|dr)(?![A-Za-z0-9]))"
)

# Platforms whose name comes before a user name and "is", "was", "as", ":" or "(" ("insta (x)", "tumblr: x",
# "on kik as x"); no word that is also English or clinical ("steam", "IG"/"IgG", "handle"): lower-case "ig" only.
_PLATFORM_WORDS = r"insta|instagram|tiktok|tik[ \t]?tok|snapchat|twitter|tumblr|kik|telegram"
_PLATFORMS = _PLATFORM_WORDS + r"|(?-i:ig)"
# Platforms that are also clinical or English words ("marital discord (ex-husband)", "eyelid twitch L-side",
# "snap"): only before "is" or a colon ("snap: mia.draws").
_CLINICAL_PLATFORMS = r"discord|twitch|snap"
_NAME_WORDS = r"user[ \t]?name|screen[ \t]?name|online[ \t]+name|gamer[ \t]?tag|handle"
# "user" alone only as someone's account before "is" ("my user is sam.k.harlow"); never a user of a
# substance ("tobacco user: 1.5ppd", "cannabis user (THC-vape daily)", "current user: e-cigs").
_OWN_USER = r"\b(?:my|his|her|their|your)[ \t]+user"
# ... or as an account in brackets or after its site ("(user fwanjiru77)", "Discord - user xXgrimreapXx",
# "portal user mkb_22"): the name then needs no "is".
_SITE_USER = (
    r"(?:(?:\(|\b(?:portal|discord|forum|reddit|steam|account|online|app)[ \t]*[-–:(]?[ \t]*)user"
    # ... or an app's log naming its user's account: "Account: hannah.m.okafor", "session 2024-03-08, user
    # rohit.d.88", "(Google Fit) user kdm_04", "dm me on twitch xXShadowMoth99Xx"
    r"|(?-i:Account)[ \t]*:|(?:[,)][ \t]*|^)user(?=[ \t]+[a-z]\w{2,}[._]\w)|\b(?:on|via)[ \t]+(?:twitch|discord|snap)"
    # ... or an audit log's user: an initial and a surname ("user a.petrov opened"), or a login with its digits
    # after a colon ("|user:jtorres3|"; never a service user's "covid19")
    r"|\buser(?=[ \t]*[:=]?[ \t]*[a-z]\.[a-z]{3,}\b|[ \t]*[:=][ \t]*[a-z]{3,}\d{1,4}\b))"
)
# What the pattern and the whole recognizer need somewhere in the text before they run.
_CUE_GATE = (
    r"(?i:" + _PLATFORM_WORDS + r"|\big\b|" + _CLINICAL_PLATFORMS + "|" + _NAME_WORDS + "|" + _OWN_USER + r"\b|"
    + _SITE_USER + r")"
)
# Field keys of forms and exports before a colon, by their last word ("patient_id:", "first_name:",
# "ship_to:", "order_notes:", "EMP_NO:"); a speaker or account before one stays ("lonely_boi: hey",
# "MIA_22: lol", "my name on there is dark_angel: message me").
_FIELD_KEY = (
    r"[A-Za-z0-9_]*_(?i:ids?|no|nr|num|number|names?|code|type|date|dob|time|to|from|by|at|notes?|total|status|"
    r"addr|address|email|phone|tel|city|state|zip|country|street|line\d?|amount|qty|count|ref|desc|text|value|"
    r"flag|level|score|site|dept|unit|room|bed|other|due|review|mood|rcvd|dt|given|surname|forename|complete|"
    r"comments?|answer|response|label|band|result|outcome|reason|category|colou?r|title|quality|role|gender|height|"
    r"weight|version|mode|source)(?![A-Za-z0-9])[ \t]*:"
)
# The names of a data set's parts, never a user's: a cell of a header or a list ("record_id,consent_date", a
# formula's "[phq9_1],"; a handle before ", " or in brackets stays: "I'm moon_child_22, or", "[sad_boi]"), a
# constant in capitals with a word after its underscore ("APPT_REM_24H", "PATIENT_SURNAME:"; a speaker "MIA_22"
# stays), a file or a version before its extension ("phq_export.csv", "consent_v2.1"), the value of a key
# ("report=NoShowList_Q1") and the name after the kind of a job or a column ("job bh_nightly").
_NOT_DATA_NAME = (
    r"(?<![,\t|=\\])"
    # a gamer's tag in capitals after its cue stays ("play as XX_SNIPER_XX", "my tag is DARK_KNIGHT")
    r"(?:(?<=\bas )|(?<=\bis )|(?<=\bme )|(?<=\bme: )|(?![A-Z][A-Z0-9]*_[A-Z][A-Z0-9_]*(?![\w@/-])))"
    + "".join(rf"(?<!\b{w} )" for w in ("job", "batch", "task", "script", "table", "schema", "template", "column",
                                        "field", "variable", "report", "folder", "queue"))
)
# A user name: a letter somewhere, and a dot, underscore, hyphen, digit or inner capital, so that plain
# words ("insta is fun") stay; no time, amount, duration, count or ordinal ("tiktok 3am", "instagram
# 100x", "10yrs", "30sec", "2-3x", "2nd") and no "e.g." or "i.e.".
# A site's user without "is" needs an account's shape: a digit, an underscore or an inner capital, never a
# hyphenated word of a note ("(user non-compliant)", "app user self-reported").
_ACCOUNT_SHAPE = r"[A-Za-z0-9_.-]*(?:\d|_|(?-i:[a-z][A-Z]))"
_DISTINCTIVE = (
    r"(?=[\d._-]*[A-Za-z])(?=[A-Za-z0-9_.-]*(?:[._-]|\d|[a-z][A-Z]))"
    r"(?!\d[\d.,/-]*(?i:st|nd|rd|th|am|pm|h|hrs?|mins?|secs?|s|x|k|yrs?|y|d|days?|wks?|w|mos?|m)?(?![\w.-]))"
    r"(?!(?i:e\.g|i\.e|etc)\b)"
    r"[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_](?![\w@])"
)

# A forum export's author line: "Comment from", "Reply from", "Posted by", "Replied by" and a user name
# before a colon, opening a line. The name is one word with a digit, an underscore or a dot inside, or
# an inner capital after five lower-case letters at least ("Comment from RecoveringRuth:", "Reply from
# mom2three:", "Reply from quiet.moth:"). Never a short word and its number, as grades, wards, scores and
# services write it ("Written by FY1:", "Submitted by Band6:", "Response from PHQ9:", "NHS111", "covid19"),
# a person's name with an inner capital ("Reply from McKenzie:", "FitzGerald:", "LaToya:"), an app's
# two short words ("Comment from FaceTime:", "DoorDash") or a plain name ("Comment from Ruth:"). "Message
# from" is an app's notice ("Message from LinkedIn:"), no forum's.
_AUTHOR_LINE = (
    r"(?:^|(?<=\n))[ \t]*"
    r"(?i:(?:comment|reply|response|post)[ \t]+from|(?:posted|replied|written|submitted)[ \t]+by)[ \t]+"
    r"(?P<pii>(?![A-Za-z]{1,5}\d{1,3}[ \t]*:)(?=[A-Za-z0-9_.]*(?:\d|_|[a-z]\.[a-z]|[a-z]{5}[A-Z]))"
    r"[A-Za-z][A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?=[ \t]*:)"
)

# A chat log's speaker line: a user name opening a line, maybe after a timestamp or a bracket ("[21:04]",
# "10:42 PM"), maybe a tag in brackets after it ("(mod)", "(she/her)"), then a colon and a space
# ("sad.girl.hours: same", "NightOwlGamer (he/him): lol"). The name needs four lower-case letters and either
# word parts of two characters joined by dots or underscores, the first in lower case, or two inner capitals
# with the chat log's timestamp or tag. So labels stay: "e.g.:", "SpO2:", "HbA1c:", "Edit2:", "McDonald:",
# a form's "Pt.Name:", "Chief.Complaint:" or field key ("delivery_notes:"), a title and a name ("Dr.Smith:",
# "dr.smith:", a person's) and an app's name before its notice ("MyFitnessPal:", "eClinicalWorks:").
_CHAT_STAMP = r"(?:\[[^\]\n]{1,25}\]|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\)?)"
_CHAT_TAG = r"(?:\([^()\n]{1,20}\)[ \t]*)"
_SPEAKER_LINE = (
    r"(?:^|(?<=\n))[ \t]*(?:(?P<stamp>" + _CHAT_STAMP + r")[ \t]*)?"
    r"(?P<pii>(?=(?:[^a-z\s:(]{0,30}[a-z]){4})(?!" + _FIELD_KEY + r")(?!(?i:dr|mr|mrs|ms|miss|prof|rev|pt|sr|st)\.)"
    r"(?:[a-z0-9]{2,20}(?:[._][A-Za-z0-9]{2,20}){1,4}"
    r"|(?(stamp)|(?=[A-Za-z0-9]{3,40}[ \t]*" + _CHAT_TAG + r":))[A-Z]?[a-z]{1,12}(?:[A-Z][a-z0-9]{1,12}){2,4}))"
    r"(?=[ \t]*" + _CHAT_TAG + r"?:[ \t])"
)
# What the speaker pattern needs somewhere in the text: a line opening with a word, maybe after a
# timestamp or bracket, and a colon and a space after it or its tag.
_SPEAKER_GATE = (
    r"(?m:^[ \t]*(?:" + _CHAT_STAMP + r"[ \t]*)?[A-Za-z0-9][\w.]{2,}[ \t]*" + _CHAT_TAG + r"?:[ \t])"
)

# A byline's user name has a user name's shape: a digit or an underscore, or two inner capitals ("TwoSugarsPlease",
# "mum2three"); never a label, a drug, a brand or a site's domain ("Posted", "Metformin", "LinkedIn", "BBC.co.uk").
_BYLINE_NAME = r"(?=[A-Za-z0-9_-]*(?:\d|_|[a-z][A-Z][a-z]+[A-Z]))[A-Za-z][A-Za-z0-9_-]{2,30}(?![\w.])"

# The handles of India's UPI payment apps and banks after an account's "@" (NPCI's list, the common ones): those no
# other address ends in, and those that a bank's, a telco's or a word's address shares ("support@icici", "ever@airtel",
# "lunch@indus"), which need a payment's word before them.
_UPI_OWN_HANDLES = (
    r"ybl|ibl|axl|apl|yapl|pt(?:axis|hdfc|sbi|yes)|ok(?:axis|sbi|hdfcbank|icici|bizaxis)|axisbank|hdfcbank|idfcfirst|"
    r"idfcbank|aubank|barodampay|cnrb|jupiteraxis|waicici|wahdfcbank|waaxis|wasbi|naviaxis|abfspay|ikwik|timecosmos|"
    r"yesbankltd"
)
_UPI_SHARED_HANDLES = r"upi|paytm|sbi|icici|kotak|yesbank|indus|fbl|federal|rbl|pnb|unionbank|boi|airtel|postbank"
_UPI_CUE = r"(?i:\b(?:upi|vpa|gpay|google[ \t]?pay|phonepe|paytm|bhim)\b)"
# An account: a phone's ten digits, or a name with a letter that no placeholder spells ("yourname@okaxis").
_UPI_ACCOUNT = (
    r"(?:\d{10}|(?!(?i:your[\w.]*|user[\w.]*|name|me|test|example)@)(?=[\w.-]*[A-Za-z])[A-Za-z0-9][\w.-]{1,40})"
)

# What a post's signature after a dash needs somewhere in the text: a name and its digits ("- hannah92"), or words
# run together in capitals ("- HeadingleyHopeful").
_SIGNED_WITH_DIGITS = r"[-–—~][ \t]*[A-Za-z]+[0-9]"
_SIGNED_RUN_TOGETHER = r"[-–—~][ \t]*[A-Z][a-z]+[A-Z][a-z]"

DEFAULT_SPEC = {
    "entity_type": "SOCIAL_HANDLE",
    "name": "SocialHandleRecognizer",
    "gate": r"[@/_$·•]|[A-Za-z0-9]#\d{4}|(?i:from|by|quoting)[ \t]+[\w.]+[ \t]*:|(?i:post(?:ed)?[ \t]+by|tag)\b|"
    r"(?i:from|by|for)[ \t]+[A-Za-z][a-z]*[\d.]|(?i:ed)[ \t]+by[ \t]+[a-z]|\d\t[a-z]|"
    + _SIGNED_WITH_DIGITS + "|" + _SIGNED_RUN_TOGETHER + "|" + _SPEAKER_GATE + "|" + _CUE_GATE,
    "patterns": [
        {
            "name": "at_handle",
            # At least one letter, and not a time or an amount in any case ("@2pm", "@2PM", "@45cc", "@ 1400").
            "regex": r"(?<![\w.@+-])@(?=[A-Za-z0-9_.]*[A-Za-z])"
            r"(?!\d+(?:[.:]\d+)?\s*(?i:am|pm|h|hrs?|cc|ml|mg|mcg|meq|units?|u|kg|gm?|l|mins?|x)\b)"
            r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?(?![\w@])",
            "score": 0.85,
        },
        {
            "name": "reddit_user",
            "regex": r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,32}(?![\w/-])",
            "score": 0.95,
        },
        {
            # A user name without the @, recognisable by its underscore: 'lonelyboi_in_leeds'; never a
            # field's key in a form, export or JSON record: a key before "=" ('EMP_NO=7008'), a quoted key
            # ('"customer_id": ...') or a field key before a colon ('ship_to: 9 Koala Crescent').
            "name": "underscored_name",
            # Nor the name of a log's event, metric or template field: before a brace, a "key=" or a number that a
            # forum's byline does not count ("bt_scan ts=...", "screen_time_min 412", "sleep_export {",
            # "{first_name}"; never "moon_child_22 5h ago", "throwaway_acct 2 points"), or in lower case alone on its
            # line when it ends in a log's word ("consent_log", "data_access_audit"). A colon after it is a chat's
            # speaker as often ("xX_nova_Xx: u got this").
            "regex": r"(?<![\w@/.{-])" + _NOT_DATA_NAME + r"(?!" + _FIELD_KEY + r")"
            r"(?!(?m:^[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:log|logs|export|id|min|count|total|score|event|events|audit|raw)$))"
            r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9](?![\w@/-])(?![ \t]*=|\"[ \t]*:)(?!,\S|\t|\][,)+*/-]|\.\w)"
            r"(?![ \t]*[{}]|[ \t]+[\w.]+=|[ \t]+[-+]?\d[\d.,]*(?![\w.]*[ \t]*(?i:ago|points?|pts|comments?|"
            r"repl(?:y|ies)|upvotes?|likes?|followers?|karma)\b|[hmdk]\b))",
            "score": 0.6,
        },
        {
            # A name after its platform ("her insta (inkymoth22)", "on tumblr (grey-static-diary)") or
            # after "username is" ("his gamer tag is NightFoxRider22")
            "name": "after_platform",
            "gate": _CUE_GATE,
            "regex": r"(?i:\b(?:" + _PLATFORMS + r")\b(?:[ \t]+(?:is|was|as|=)|[ \t]*[:=(])"
            r"|\b(?:" + _CLINICAL_PLATFORMS + r")(?:[ \t]+is|[ \t]*:)|\bsnap[ \t]*\("
            r"|\b(?:" + _NAME_WORDS + r")(?:[ \t]+(?:is|was)|[ \t]*[:=(])"
            r"|" + _OWN_USER + r"[ \t]+(?:is|was)|" + _SITE_USER + r"[ \t]*[:=]?"
            r"(?=[ \t]*(?:" + _ACCOUNT_SHAPE + r"|[A-Za-z]\w{2,}\.[A-Za-z]|[a-z]\.[a-z]{3,}\b)))"
            r"[ \t]*\(?[ \t]*(?P<pii>" + _DISTINCTIVE + r")",
            "score": 0.7,
        },
        {
            # A name before its platform ("kdot.2x on snap", "blocked grey.static_ on insta")
            "name": "before_platform",
            "gate": r"(?i)[ \t]on[ \t]+(?:snap|ig|insta|instagram|tiktok|discord|twitter|kik|telegram)\b",
            # A letter opens it, and a dot or an underscore joins lower-case parts of two characters at least, or
            # digits close lower-case letters: never a dose, a compound, a title, a version or a brand ("2.5mg on
            # insta", "GLP-1", "B12", "self-harm", "Dr.Smith", "pt.2", "iPhone15", "Covid19 on tiktok").
            "regex": r"(?<![\w@/.-])(?P<pii>(?!(?i:dr|mr|mrs|ms|prof)\.)(?=[A-Za-z_])"
            r"(?:[a-z0-9]{2,}(?:[._][a-z0-9]{2,})+_?|[a-z]{3,}\d{2,}|[A-Za-z0-9]*_[A-Za-z0-9_]*))"
            r"[ \t]+on[ \t]+(?i:snap(?:chat)?|ig|insta(?:gram)?|tiktok|discord|twitter|kik|telegram)\b",
            "score": 0.7,
        },
        {
            # A forum's byline: a user name before a dot and the post's date ("TwoSugarsPlease · 03/12/2026 21:47")
            "name": "forum_byline",
            "gate": r"[·•]",
            "regex": r"(?<![\w@/.-])" + _BYLINE_NAME
            + r"(?=[ \t]+[·•][ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|[ \t]+[A-Z][a-z]{2}))",
            "score": 0.7,
        },
        {
            # ... and a quoted user's ("quoting TwoSugarsPlease:"; never a label after a bullet, "SpO2:")
            "name": "forum_quoting",
            "gate": r"(?i:quoting)",
            "regex": r"(?<=\b[Qq]uoting )" + _BYLINE_NAME + r"(?=:)",
            "score": 0.7,
        },
        {
            "name": "forum_author",
            "gate": r"(?i:from|by)[ \t]+[\w.]+[ \t]*:",
            "regex": _AUTHOR_LINE,
            "score": 0.7,
        },
        {
            "name": "chat_speaker",
            "gate": _SPEAKER_GATE,
            "regex": _SPEAKER_LINE,
            "score": 0.7,
        },
        {
            # ... or a name its owner coined with digits closing it ("SgtMuffin42: oh thank god", "tractorbeam77: saw
            # yall"); "Edit22:", "Patient12:", "Nightbot:" stay (see ``coined_user_name``), and words run together
            # need the speaker pattern's stamp or tag ("PastMedicalHistory: HTN" is a form's field).
            "name": "chat_speaker_coined",
            "gate": _SPEAKER_GATE,
            "regex": r"(?m)^[ \t]*(?:" + _CHAT_STAMP + r"[ \t]*)?(?!" + _FIELD_KEY + r")"
            r"(?P<pii>(?=[A-Za-z0-9]*[a-z]{3})[A-Za-z][A-Za-z]{3,24}\d{2,4})(?=[ \t]*" + _CHAT_TAG + r"?:[ \t])",
            "score": 0.65,
            "validators": [{"name": "coined_user_name", "coined_part": True}],
        },
        {
            # A post's author after "posted by" closing its line or clause, before the post's date or its site
            # ("posted by quietmaple", "posted by quietmaple on 3 March", "Posted by OgaTee77 on Nairaland:"), a
            # name its owner coined (see ``coined_user_name``): "posted by admin." and "posted by Sarah" stay.
            "name": "posted_by",
            "gate": r"(?i)post(?:ed)?[ \t]+by",
            # (also a platform's "post by" and the name before the post's colon: "tumblr post by ghostlightgarden:")
            "regex": r"(?im)\bpost(?:ed)?[ \t]+by[ \t]+(?P<pii>[A-Za-z][A-Za-z0-9_.]{3,29}[A-Za-z0-9_])"
            r"(?![\w.])(?=[ \t]*(?:[.,;:!)|·•]|$|(?:on|at)[ \t]+(?:\d|[A-Z][\w.]+[ \t]*:)|\d))",
            "score": 0.6,
            "validators": [{"name": "coined_user_name", "coined_part": True}],
        },
        {
            # An account named where a message, a post or a password's reset comes from or is for ("App feedback from
            # quietstorm88", "a self-harm post from moth3rfae", "reset the password for tyrone.beckford88"): a digit,
            # an underscore or a dot inside the name, and a word of it no word list holds ("report from ward3b",
            # "message from covid19" and "post from Dr.Smith" stay).
            "name": "account_from",
            "gate": r"(?i)(?:from|by|for)[ \t]+[A-Za-z][a-z]*[\d._]",
            # In lower case only, as accounts are typed: a product, a form or a bot in capitals is no one's
            # ("Message from Omnipod5", "Feedback from FFT_Q3", "Request from IRAS_ID"); never a sender that replies
            # to no one or a site's domain ("Email from noreply.nhs", "Message from sms.gov"), nor a subreddit's
            # letter ("r.mentalhealth").
            "regex": r"(?i:\b(?:feedback|messages?|msgs?|dms?|posts?|comments?|repl(?:y|ies)|reviews?|texts?|snaps?|"
            r"tweets?|emails?|requests?)[ \t]+(?:from|by)|\b(?:password|passcode|account|login|profile)[ \t]+for)[ \t]+"
            r"(?P<pii>(?=[a-z0-9_.]*(?:\d|_|[a-z]\.[a-z]))(?!(?:dr|mr|mrs|ms|st|pt|[a-z])\.)"
            r"(?!(?:no-?reply|donotreply|do-not-reply)\b)(?![a-z0-9_.]*\.(?:nhs|gov|com|org|net|edu|app|io|uk|us|au|ca)\b)"
            r"[a-z][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@-]|\.[A-Za-z0-9])",
            "score": 0.6,
            "validators": [{"name": "coined_user_name", "coined_part": True}],
        },
        {
            # A records system's user after the act it logs ("referral.pdf indexed by dwhitlock", "printed by
            # mkovacs"): a login of an initial and a listed family name or of a listed family name and an initial,
            # digits allowed ("okafora", "jsmith2"); a desk, a role, a specialty or a tool stays ("scanned by
            # reception", "viewed by orthogeriatrics", "scanned by clamav", "accessed by cron.daily").
            "name": "logged_by_user",
            "gate": r"(?i)(?:indexed|printed|viewed|accessed|opened|edited|modified|uploaded|scanned|exported|amended|"
            r"deleted)[ \t]+by",
            "regex": r"\b(?i:indexed|printed|viewed|accessed|opened|edited|modified|uploaded|scanned|exported|amended|"
            r"deleted)[ \t]+by[ \t]+(?P<pii>[a-z]{4,16}\d{0,4})(?![\w@-]|\.[a-z0-9])",
            "score": 0.6,
            "validators": [{"name": "coined_user_name", "login": True}],
        },
        {
            # ... and the login in a tab-separated audit extract, the field after the time stamp ("2025-01-05
            # 22:47:19<TAB>mkovacs<TAB>PRINT")
            "name": "logged_user_field",
            "gate": r"\d:\d\d(?::\d\d)?\t[a-z]",
            "regex": r"\d:\d\d(?::\d\d)?\t(?P<pii>[a-z]{4,16}\d{0,4})(?=\t)",
            "score": 0.6,
            "validators": [{"name": "coined_user_name", "login": True}],
        },
        {
            # A post signed with its author's user name and its digits after a dash, closing the line ("so tired of
            # all of this - hannah92"); words run together in capitals are as often a brand's or a slogan's there
            # ("- LinkedIn", "- KeepGoing") and stay.
            "name": "signed_after_dash",
            "gate": _SIGNED_WITH_DIGITS,
            # A line of four words at least before the dash, the last no number ("BP 120/80 - day3" is a note's).
            "regex": r"(?m)^(?=(?:\S+[ \t]+){4})[^\n]*?(?<=[a-z.!?)\"”'’])[ \t]+[-–—~][ \t]*"
            r"(?P<pii>[A-Za-z][a-z]{2,}\d{1,4})[ \t]*$",
            "score": 0.6,
            "validators": [{"name": "coined_user_name"}],
        },
        {
            # ... and with capitals inside it instead of digits ("a local union rep - HeadingleyHopeful", "-
            # KwaMashuMom"): see ``camel_user_name`` (a slogan's, a heading's or an app's words stay: "- StayStrong",
            # "- EndOfShift", "- GoFundMe").
            "name": "signed_after_dash_camel",
            "gate": _SIGNED_RUN_TOGETHER,
            "regex": r"(?m)^(?=(?:\S+[ \t]+){4})[^\n]*?(?<=[a-z.!?)\"”'’])[ \t]+[-–—~][ \t]*"
            r"(?P<pii>[A-Z][a-z]+(?:[A-Z][a-z]+){1,3})[ \t]*$",
            "score": 0.6,
            "validators": [{"name": "camel_user_name"}],
        },
        {
            # A name after a platform or a gamer's tag with no "is" ("his gaming tag N1ghtOwlDre", "My tag's
            # xXGr1mR3aperXx"): a handle's shape only, so "snap decision", "tiktok livestreams" and "on insta
            # oversharing" stay ("SNAP" in capitals is the food programme's: "SNAP recertification").
            "name": "platform_then_name",
            "gate": r"(?i)snap|insta|tiktok|twitch|discord|tag",
            "regex": r"(?i:\b(?:gam(?:ing|er)[ \t]?tag|(?:my|his|her|their|your)[ \t]+tag['’]s|(?-i:[Ss]nap(?:chat)?)|"
            r"insta(?:gram)?|tiktok|twitch|discord))[ \t]+(?P<pii>[A-Za-z][A-Za-z0-9_.]{3,29}[A-Za-z0-9_])(?![\w@'’-])",
            "score": 0.6,
            "validators": [{"name": "coined_user_name", "shaped": True}],
        },
        {
            # A UPI payment address: an account and its app's or bank's handle after "@", no domain's dot after it
            # ("sukhpreet.k@okhdfcbank", "priya@okaxis", "9876543210@ybl"; a shared handle after a payment's word:
            # "UPI id anil@kotak"); "x@y" is as often a dose's time, a package's version, a price or a tweet's
            # ("10u@bedtime", "lodash@latest", "199@airtel", "thanks@airtel").
            "name": "payment_address",
            "gate": r"@(?i:" + _UPI_OWN_HANDLES + "|" + _UPI_SHARED_HANDLES + r")\b",
            "regex": r"(?P<cue>" + _UPI_CUE + r"[^\n@]{0,40}?)?(?<![\w.@+-])(?P<pii>" + _UPI_ACCOUNT
            + r"@(?:(?i:" + _UPI_OWN_HANDLES + r")|(?(cue)(?i:" + _UPI_SHARED_HANDLES + r")|(?!))))"
            r"(?![\w@-]|\.[A-Za-z])",
            "score": 0.7,
        },
        {
            # A Cash App cashtag after its app ("cashapp $mirabelle"); "$hit" and "$20" alone are no name
            "name": "cashtag",
            "gate": r"(?i)cash\s?(?:app|tag)",
            "regex": r"(?i:\bcash[ \t]?(?:app|tag)\b)[^\n$]{0,12}?(?P<pii>\$[A-Za-z][A-Za-z0-9_]{2,19})(?![\w$])",
            "score": 0.85,
        },
        {
            # A Discord tag: two to 32 name characters holding a letter, "#", then four digits, glued;
            # never a name opening with an id, room or record label or a title ("Unit#4412", "RM#1234",
            # "MRN#4471", "issue#1234", "Mrs.Smith#1234"): the identifier recognizers read those.
            "name": "discord_tag",
            "regex": r"(?<![\w.#@/-])(?!" + _LABEL + r")"
            r"(?=[A-Za-z0-9_.]{0,31}[A-Za-z])[A-Za-z0-9_.]{2,32}#\d{4}(?![\w#-])",
            "score": 0.6,
        },
    ],
}


# A coined name of a handle: a digit, an underscore, a dot or a capital inside lower case ("N1ghtOwlDre",
# "ThreeRedKites"), or (unless ``shaped`` is asked) one lower-case word of six letters or more that no word list
# holds ("quietmaple").
_HANDLE_SHAPE = re.compile(r"\d|_|[a-z]\.[a-z]|[a-z][A-Z]")
_BOTS = frozenset({"automoderator", "automod", "modbot"})
_ROLE_ENDINGS = ("desk", "office", "team", "nurse", "staff", "admin", "support", "manager", "mod", "moderator", "unit")


@register_validator("coined_user_name")
def coined_user_name(value: str, params: Mapping[str, Any]) -> bool:
    """A user name its owner coined; never a word, a listed name, an app or a word and its number ("cycle2")."""
    from confide.anonymize.lexicon import load_lexicon
    from confide.anonymize.recognizers.facility_checks import NOT_SITES

    lexicon = load_lexicon()
    low = value.lower()
    letters = low.rstrip("0123456789")
    # (a listed name with digits is a handle's shape: "kayla99")
    if lexicon.is_common(letters) or lexicon.is_name(low) or low in NOT_SITES:
        return False
    if value.islower() and low.endswith(_ROLE_ENDINGS):
        return False  # a desk, a team or a role posts it ("posted by frontdesk", "posted by nightnurse")
    if low in _BOTS or low.endswith("bot"):
        return False  # a forum's own bots ("Pinned post by AutoModerator:")
    if params.get("login"):
        letters = low.rstrip("0123456789")
        family = lexicon.last_names
        return letters[1:] in family and len(letters) >= 5 or letters[:-1] in family and len(letters) >= 6
    if params.get("coined_part") and not any(
        len(part) >= 3 and not lexicon.is_common(part) for part in re.split(r"[\d_.]+", low)
    ):
        return False  # only words and short pieces: a ward's, a test's or a virus's name ("ward3b", "covid19")
    return _HANDLE_SHAPE.search(value) is not None or (
        not params.get("shaped") and value.islower() and len(value) >= 6
    )


# Words a user name describes its owner by ("HeadingleyHopeful", "KwaMashuMom", "LagosHustler"): a sign-off's words
# run together with none of them are as often a greeting, a heading, a team, an app or a brand ("InshaAllah",
# "EndOfShift", "KaizerChiefs", "GoFundMe", "NovoRapid").
_PERSONA_WORDS = frozenset(
    "mum mom mam mama mami mummy mommy dad papa daddy girl gal boy lad lass guy lady woman man wife husband nurse "
    "warrior survivor fighter queen sis bro kid student carer hopeful hustler dreamer tired anxious lonely sleepless "
    "weary".split()
)
# Words that join a phrase's words, not a name's ("NurseInCharge", "NextOfKin", "StairwayToHeaven").
_PHRASE_JOINERS = frozenset("in of to by the it not and for at on is be a an".split())


@register_validator("camel_user_name")
def camel_user_name(value: str, params: Mapping[str, Any]) -> bool:
    """Words run together in capitals that describe their owner ("HeadingleyHopeful", "KwaMashuMom", "TiredNurse").

    One of them is a word a user name describes its owner by (``_PERSONA_WORDS``) and none joins a phrase's words:
    "StayStrong", "EndOfShift", "NurseInCharge" and an app's "GoFundMe" stay.
    """
    parts = [p.lower() for p in re.findall(r"[A-Z][a-z]+", value)]
    return any(p in _PERSONA_WORDS for p in parts) and not any(p in _PHRASE_JOINERS for p in parts)
