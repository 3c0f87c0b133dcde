"""False redactions (issue 10): things named like people are kept where the sentence says they are things, and
people in the same places are still removed. Each rule is checked in both directions."""

from __future__ import annotations

import pytest

from memory.redact import redact

KEPT = [
    # a participle right before "with" names its instrument
    ("Cover letters drafted with Jasper.", "Jasper"),
    ("Audio exported with Ardour and normalised.", "Ardour"),
    # a sentence-opening verb whose object is a model, and a list sharing one plural noun
    ("Fine-tuned Gemma and Mistral models for triage.", "Gemma Mistral"),
    ("Compared Dolly, Vicuna and Alpaca checkpoints.", "Dolly Vicuna Alpaca"),
    ("Rotated between Norman and Tulsa clinics.", "Norman Tulsa"),
    # switching tools: "from X to Y"
    ("Switched from Asana to Basecamp in 2022.", "Asana Basecamp"),
    # brands named as a full name, by the role before or the product noun after
    ("Merchandiser for Calvin Klein in two malls.", "Calvin Klein"),
    ("Wholesale rep for Kenneth Cole footwear.", "Kenneth Cole"),
    ("Sales lead for Vera Wang bridal gowns.", "Vera Wang"),
    # a shop named by its possessive alone, and the rest of its name after the possessive
    ("Cashier at Hardee's for a year.", "Hardee"),
    ("Server at Ruth's Chris Steak House.", "Ruth Chris Steak House"),
    # towns after a travel verb
    ("Commuted between Odessa and Midland weekly.", "Odessa Midland"),
    ("Commuted from Conroe to Houston.", "Conroe"),
    # schools: a degree a few words before "from"
    ("Licenciatura in law from Universidad de Montevideo.", "Universidad Montevideo"),
    # eponyms before a hyphenated technical modifier, and bare eponymous possessives in a list
    ("Ran Dunnett post-hoc comparisons on each arm.", "Dunnett"),
    ("Coached Tuckman's forming-storming-norming stages.", "Tuckman"),
    ("Clinic focus: Addison's and Cushing's.", "Addison Cushing"),
    # a possessive before a business's head, a school's first word in another language
    ("Line cook at Priya's Kitchen and Jason's Deli.", "Priya Kitchen Jason Deli"),
    ("Degree from Universidad de los Andes in Bogota.", "Universidad Andes"),
    # what a switched-from thing was switched to
    ("Went from Harvest to Toggl for time tracking.", "Harvest Toggl"),
    # what only a firm is: an equal-opportunity statement, a trademark sign, an "About" heading, "At X, we"
    ("Zorvex is an equal opportunity employer.", "Zorvex"),
    ("Brands include Zestra® and Glimmo®.", "Zestra Glimmo"),
    ("About Zorvex\nZorvex builds payment rails.", "Zorvex"),
    ("At Zorvex, we ship weekly.", "Zorvex"),
    # a machine's passive agent, a kind of software before or after the name, a chain's branch after "at X's"
    ("Search powered by Algolia and Typesense.", "Algolia Typesense"),
    ("Drafts come from our AI assistant Jasper.", "Jasper"),
    ("Replies come from Ada, our AI assistant.", "Ada"),
    ("Analyst at Denny's corporate office.", "Denny"),
    # places listed with a known place or named by a facility; a possessive before an award
    ("Drove routes for Fresno and Merced.", "Fresno Merced"),
    ("Our Kingman depot ships daily.", "Kingman"),
    ("Completed the Duke of Edinburgh's Award.", "Edinburgh"),
    ("Won a Cannes Lion for the launch film.", "Cannes"),
    ("Fresno and Merced were my two territories.", "Fresno Merced"),
    ("Giants such as Amazon, Swiggy, Zepto, Nykaa, Ola group etc.", "Amazon Swiggy Zepto Nykaa Ola"),
    ("Applied Kolb's cycle and Hofstede's dimensions.", "Kolb Hofstede"),
    # capitals headings
    ("HY-VEE - PHARMACY TECHNICIAN\nFilled prescriptions.", "HY VEE"),
    ("CROSS-FUNCTIONAL DELIVERY LEAD\nShipped quarterly.", "CROSS FUNCTIONAL"),
    ("DILLARD'S - SALES ASSOCIATE\nRan the fitting rooms.", "DILLARD"),
]

GONE = [
    ("Set up a call with Priya about the rollout.", "Priya"),
    ("Met with Jasper Okonkwo to plan the launch.", "Jasper Okonkwo"),
    ("Checked with Oluwaseun before sending it.", "Oluwaseun"),
    ("Worked for Tunde Okafor at his consultancy.", "Tunde Okafor"),
    ("Executive assistant for Meera Krishnan, the CFO.", "Meera Krishnan"),
    ("Nanny for the Abernathy family.", "Abernathy"),
    ("Heard from Amadou about the opening.", "Amadou"),
    ("Split the on-call between Dmitri and Yusuf.", "Dmitri Yusuf"),
    ("Reference from Juan de la Cruz, her professor.", "Juan Cruz"),
    ("Okonkwo's well-structured answers stood out.", "Okonkwo"),
    ("Okafor co-led design reviews for the app.", "Okafor"),
    ("Priya's take-home review is due Friday.", "Priya"),
    ("NGOZI ADEYEMI - SENIOR ANALYST\nLed the pricing work.", "NGOZI ADEYEMI"),
    ("At Priya's request we moved the call.", "Priya"),
    ("Mario de los Santos led the audit.", "Mario Santos"),
    ("About Priya Raman\nStrong on SQL.", "Priya Raman"),
    ("Visited Priya's desk to pair on the fix.", "Priya"),
    ("Boston, Lakisha: applied for the analyst opening.", "Lakisha"),
    ("Met Austin and Priya at lunch.", "Priya"),
    ("Dana Kim and Loveness split the reference calls.", "Dana Kim Loveness"),
    ("The notes were reviewed by Tunde before the debrief.", "Tunde"),
    ("Our recruiter Priya set up the loop.", "Priya"),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_things_named_like_people_are_kept(text: str, words: str) -> None:
    out = redact(text)
    assert "[PERSON]" not in out, out
    assert all(w in out for w in words.split()), out


@pytest.mark.parametrize(("text", "words"), GONE)
def test_people_in_the_same_places_are_removed(text: str, words: str) -> None:
    out = redact(text)
    assert not any(w in out.split() or f"{w}'s" in out for w in words.split()), out
