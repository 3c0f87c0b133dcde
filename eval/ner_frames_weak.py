"""Frame families for the places the rules and the first tagger missed names in, and look-alikes in the same
places (session 10; :mod:`eval.ner_data` draws a share of its sentences from here).

Written as shapes from OUTSIDE8's failure classes (their kinds only, never a sentence of any evaluation or of
the tester's material): a name that ends a request ("... over to X."), the subject of a yes/no question, a
chat label before a colon, lower-case chat, "from X" closing a clause, "both X and Y", possessives, thanks,
"as X put it", lower-case "told x", a job title after a name, table rows, bullets and capitals lines, and
the name shapes that were weakest (hyphenated given pairs, two-letter names, particles, compound names).
Each family has look-alikes in the same places: holidays after a time word, places before a plain noun,
languages opening a sentence, firms named after people in job-ad prose, tools after "with", capitals headings.

``<<a|b|c>>`` picks one alternative (before slots are filled, so an alternative may hold slots); slots are
those of :mod:`eval.ner_frames` plus ``{p}`` a lower-case full name, ``{PU}`` an upper-case full name,
``{GH}`` a hyphenated pair of given names, ``{SH}`` a two-letter name, ``{PT}`` a family name with its
particle, ``{WP}`` a full name made of ordinary words, ``{N}`` any of those shapes, ``{TTL}`` a job title,
``{LANG}`` a language, ``{TOOL}`` an invented tool, ``{FIRM}`` a firm named after a person, ``{HEADX}`` a
capitals heading naming a place, hospital, holiday or award, ``{PROG}`` a programme named after a person,
``{w}`` a lower-case ordinary word, ``{pl}`` a lower-case place. Every sixth frame of each list is dev only.
"""

from __future__ import annotations

# ---- people ------------------------------------------------------------------------------------------------
WEAK = [
    # a name ending a request after "to"
    "<<Handed|Passed|Gave|Sent|Returned|Forwarded>> the <<laptop|scorecard|offer packet|case study|badge|notes>>"
    " <<over |back |on |>>to {<<G|GH|SH|N>>}<<.|!| this morning.| before lunch.>>",
    "<<Please|pls|Can you|Could you>> <<send|forward|pass|route|hand|escalate>> <<this|the loop|the contract|it>>"
    " to {<<G|S|N|g>>}<<.|?| asap.| when you can.>>",
    "<<Reassigned|Moved|Handed off|Gave>> the <<req|search|panel|debrief|sourcing>> to {<<G|S|N>>}"
    "<<.|, who starts Monday.>>",
    "<<Introduced|Referred|Sent>> <<her|him|them|the candidate>> to {<<G|P|N>>} for a"
    " <<second|technical|culture>> chat.",
    # the subject of a yes/no question
    "<<Did|Can|Will|Could|Would|Should|Didn't>> {<<G|S|N|g|GH>>} <<confirm|sign|reply|accept the offer|send the"
    " portfolio|join on Friday|do 4pm|make the onsite|pass the screen>><<?| yet?| by Friday?| after all?>>",
    "<<Has|Hasn't|Have we heard if>> {<<G|S|N>>} <<confirmed|signed|replied|accepted|sent the references>><<?| yet?>>",
    "<<Is|Isn't|Was>> {<<G|S|N|P>>} <<still interested|free Monday|in the loop|fine with hybrid|on leave"
    "|the referral>>?",
    "<<Does|Doesn't>> {<<G|N|g>>} <<need sponsorship|know SQL|have a notice period|want remote|drive>>?",
    # chat lines: a label before a colon, lower-case openers
    "{<<g|s|G|N>>}: <<ok for thursday|sounds good|will do|on it|pinged them|done|+1|can we do 3?|lgtm|sent it>>",
    "[<<09|10|11|14|16>>:<<02|15|31|47>>] {<<g|G|s|N>>}: <<running late|joining now|notes are up|who has the loop?>>",
    "{<<g|s>>} <<said|thinks|wants|mentioned|says>> <<no|the offer is low|a later start|they'll pass|it went well>>",
    "<<ask|ping|tell|cc|loop in>> {<<s|g|p>>} <<about|re|for>> <<the loop|the offer|the referral|feedback|friday>>",
    "<<told|asked|reminded|texted|called|emailed|warned>> {<<g|s|p>>} <<we'd call back|that we'd decide friday|to"
    " send the deck|about the start date>>",
    "@{<<g|s>>} <<can you take the 2pm|pls review|thoughts?|you around?>>",
    # "from X" closing a clause
    "The <<referral|intro|tip|reference|nudge|last email|counter-offer>> came from {<<G|S|N>>}<<.|, not the agency.>>",
    "<<Still waiting on a reply|Got a voicemail|Heard back|No word yet|A note came in>> from {<<G|S|N|g>>}"
    "<<.| today.>>",
    # both/and, possessive, thanks, "as X put it"
    "<<Both|both>> {<<G|WP|N>>} and {<<G|N|S>>} <<passed|asked about pay|want remote|did well|are keen>>.",
    "{<<G|N|GH|S>>}'s <<offer|portfolio|notice period|start date|references|take-home|visa>> <<is ready|came in|was"
    " late|looks fine|needs a second look>>.",
    "<<Reviewed|Read|Checked|Printed>> {<<G|N|S>>}'s <<take-home|portfolio|references|cover letter>><<.| twice.>>",
    "<<Thanks|Thank you|Thx|Many thanks|Cheers|ty>>, {<<G|N|GH|SH>>}<<!|.| :)| for the intro!>>",
    "<<Thanks|thank you|thx>> {<<g|G|N>>} <<for covering|for the notes|so much>>!",
    "<<As|as>> {<<G|S|N>>} <<put it|said|noted|likes to say|wrote>>, <<the bar is high|we need a closer|the role"
    " changed>>.",
    # a job title after a name
    "{<<G|P|N>>}, {TTL}<<| at {ORG}| ({PL})>>",
    "<<Best|Regards|Thanks>>,\n{<<P|N|G>>}\n{TTL}<<|, {ORG}>>",
    "{PU}, {TTL}",
    "{<<P|N>>} - {TTL} - <<phone screen|onsite|offer|hold>>",
    # tables, bullets and capitals lines
    "| {<<p|P|PU|WP|N>>} | <<backend|data|sales|design>> | <<hire|no hire|hold|strong>> |",
    "- {<<p|P|WP|N|PU>>} (<<phone screen|onsite|offer|bar raiser|referral>>)",
    "* {<<P|PU|WP|N>>}: <<strong|weak|maybe|lean hire|no show>>",
    "{PU}\n<<DATA ENGINEER|SENIOR ANALYST|PRODUCT DESIGNER|REGISTERED NURSE>>",
    "{<<p|P|N>>} | {<<PL|pl>>} | <<3|5|8|12>> yrs",
    "<<Candidate|Interviewer|Panelist|Referrer|Owner>>: {<<N|G|SH|GH|WP>>}",
    # name shapes in plain prose
    "{<<GH|N>>} <<prefers the late slot|asked for a hybrid week|is our pick|declined|needs a laptop>>.",
    "<<Dr.|Mr.|Ms.|Mx.|Mrs>> {<<SH|PT|S>>} <<will chair the panel|sent the rubric|is out Friday>>.",
    "<<We met|Spoke with|Interviewed|Paired with>> {<<G|SH>>} {<<PT|S>>} <<on the data loop|yesterday|at the fair>>.",
    "{<<N|WP|G>>} <<joined|left|rejoined>> the <<call|loop|team>> <<late|early|on time>>.",
]

# ---- look-alikes in the same places -------------------------------------------------------------------------
LOOKALIKE = [
    # holidays after a time word
    "<<Before|After|Around|Until|Over|During|By|Ahead of|The week of>> {HOL}<<,| the>> <<office|team|panel>> is"
    " <<closed|thin|away|on a break>>.",
    "<<start|offer|onsite|decision>> <<before|after|around|by>> {HOL}<<.|?| works.>>",
    "Office closed for {HOL}<<.|; back on Monday.>>",
    # places before a plain noun, after "covering", resort towns
    "<<The|Our|the>> {PL} <<office|team|site|hub|warehouse|plant|store|branch|campus|clinic>> <<is hiring|needs two"
    " leads|closes early|moved>>.",
    "<<Covering|covering|Territory covers|Will cover>> {PL}<< and {PL}|, {PL} and {PL}|>>.",
    "<<Relocating|Moving|Flying|Transferring|Commuting>> <<to|from>> {PL}<<.| next month.| for the role.>>",
    "<<Did|Will|Does>> {<<PL|ORG>>} <<approve the headcount|have an opening|count as remote>>?",
    "The <<referral|lead|offer>> came from {<<ORG|PL>>}<<.| this week.>>",
    # languages at a sentence start
    "{LANG} <<is a plus|required|preferred|a must|helps>><<.| for this role.>>",
    "<<Fluent|Native|Conversational|Business>> {LANG}<<| and {LANG}>><<.| speaker.>>",
    "{LANG} and {LANG} <<spoken|welcome|preferred>>.",
    # firms named after people in job-ad prose; programmes
    "<<Join|join>> {FIRM} <<and help shape|as a|to lead>> <<our data team|Senior Analyst|the next chapter>>.",
    "<<At|Here at>> {FIRM}, we <<build|value|believe in|hire for>> <<careers|craft|curiosity|impact>>.",
    "{FIRM} is an equal opportunity employer<<.| and values diversity.>>",
    "{FIRM} <<is hiring|seeks|offers|is looking for>> <<a buyer|an engineer|two planners>>.",
    "Funded through the {PROG}<<.|; two places a year.>>",
    # tools after "with", invented or listed
    "<<Built|Automated|Deployed|Shipped|Worked|Experience|Familiar|Comfortable>> with {<<TOOL|PROD>>}<<| and {TOOL}>>"
    "<<.| to cut costs.| at scale.>>",
    "<<Asked|asked|Used|used>> {<<PROD|TOOL>>} to <<draft|summarise|check|triage>> <<the notes|the ad|the tickets>>.",
    # capitals headings
    "{HEADX}",
    "{HEADX}\n<<Built|Led|Ran>> <<the intake|staffing|the rota|vendor reviews>>.",
    # lower-case chat with ordinary words and places in the label's place
    "{w}: <<ok for thursday|sounds good|will do|done|sent>>",
    "<<moved|relocated|flew>> from {pl} to {pl} in <<2019|2021|june>>",
]
