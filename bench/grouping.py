"""Grouping near-identical comments: time, precision and recall on a generated
set whose true groups are known.

    .venv/bin/python bench/grouping.py --comments 10000

Generates --comments texts on one part: --campaigns campaigns, each a template
(40 to 120 words) sent many times with small edits (a few words swapped,
typos, an added or dropped sentence, case and punctuation changed), and
distinct comments for the rest, written from the same subject vocabulary so
that they share common phrases as real comments do. Groups them with
``consultations.similarity.group_texts`` and prints the time, the pairwise
precision and recall (a pair of comments is right when both the truth and the
grouping put them together), the groups and members found, and the target:
10,000 comments in under 10 s. Then the time for 2,000 comments, the most
one answering screen groups on request, and with --screen the answering
screen itself for 2,000 of these comments on one article (in a throw-away
test database of DATABASE_URL, as ``bench/content.py`` builds it).
"""

import argparse
import os
import random
import string
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iris_site.settings")
os.environ.setdefault("IRIS_ENVIRONMENT", "test")

from consultations.similarity import THRESHOLD, group_texts

TARGET_SECONDS = 10
SUBJECT = (
    "asylum seekers applicants procedure border police ministry interior article law draft "
    "deadline days appeal court protection refugees interview interpreter legal aid "
    "detention reception centre children unaccompanied minors family reunification "
    "safe third country accelerated decision authority commissioner rights access "
    "registration identity documents health care education work permit integration "
    "subsidiary temporary humanitarian grounds rejected return removal non-refoulement "
    "vulnerable persons victims trafficking torture gender religion language translation"
)
COMMON = "the a of to and in for is that be should not this with on by it are as we"


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--campaigns", type=int, default=30)
    parser.add_argument("--campaign-share", type=float, default=0.4)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--screen", action="store_true", help="time the answering screen too")
    return parser.parse_args()


class Writer:
    """Sentences from a subject vocabulary with made-up rarer words, common
    words far more frequent than the rest, as in real comments."""

    def __init__(self, rng):
        self.rng = rng
        rare = {
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 10))) for _ in range(3000)
        }
        self.words = COMMON.split() + SUBJECT.split() + sorted(rare)
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(self.words))]

    def sentence(self):
        words = self.rng.choices(self.words, self.weights, k=self.rng.randint(6, 18))
        return " ".join(words).capitalize() + "."

    def text(self, low, high):
        sentences = []
        while sum(len(s.split()) for s in sentences) < self.rng.randint(low, high):
            sentences.append(self.sentence())
        return " ".join(sentences)

    def variant(self, template):
        """``template`` as one more person sends it: a few small edits."""
        rng = self.rng
        sentences = template.split(". ")
        if rng.random() < 0.3:
            sentences.insert(rng.randint(0, len(sentences)), self.sentence().rstrip("."))
        if rng.random() < 0.1 and len(sentences) > 3:
            sentences.pop(rng.randrange(len(sentences)))
        words = ". ".join(sentences).split(" ")
        for _swap in range(rng.choice([0, 0, 1, 2, 3])):
            words[rng.randrange(len(words))] = rng.choice(self.words)
        for _typo in range(rng.choice([0, 0, 1, 2])):
            position = rng.randrange(len(words))
            word = words[position]
            if len(word) > 3:
                cut = rng.randrange(1, len(word) - 1)
                words[position] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
        text = " ".join(words)
        if rng.random() < 0.2:
            text = text.upper() if rng.random() < 0.3 else text.lower()
        if rng.random() < 0.3:
            text = text.replace(".", "!").replace(" ", "  ", 2)
        return text


def generated(options):
    """(texts, true group of each text), shuffled."""
    rng = random.Random(options.seed)
    writer = Writer(rng)
    in_campaigns = int(options.comments * options.campaign_share)
    # Campaign sizes from a few to hundreds: a long tail, as real campaigns.
    weights = [rng.paretovariate(1.2) for _ in range(options.campaigns)]
    sizes = [max(2, round(in_campaigns * weight / sum(weights))) for weight in weights]
    items = []
    for campaign, size in enumerate(sizes):
        template = writer.text(40, 120)
        items += [(writer.variant(template), f"campaign-{campaign}") for _ in range(size)]
    while len(items) < options.comments:
        items.append((writer.text(15, 150), f"distinct-{len(items)}"))
    items = items[: options.comments]
    rng.shuffle(items)
    return [text for text, _truth in items], [truth for _text, truth in items]


def pairs(labels):
    """How many pairs of items share a label."""
    return sum(count * (count - 1) // 2 for count in Counter(labels).values())


def measure(texts):
    started = time.perf_counter()
    groups = group_texts(texts)
    return groups, time.perf_counter() - started


def main():
    options = arguments()
    texts, truth = generated(options)
    groups, seconds = measure(texts)
    found = [None] * len(texts)
    for number, group in enumerate(groups):
        for index in group:
            found[index] = number
    together = pairs(zip(found, truth, strict=True))
    precision = together / pairs(found) if pairs(found) else 1.0
    recall = together / pairs(truth) if pairs(truth) else 1.0
    true_groups = [size for size in Counter(truth).values() if size > 1]
    found_groups = [len(group) for group in groups if len(group) > 1]
    print(f"{len(texts)} comments, threshold {THRESHOLD} (Jaccard of word pairs)")
    print(f"true:  {len(true_groups)} groups, {sum(true_groups)} members")
    print(f"found: {len(found_groups)} groups, {sum(found_groups)} members")
    print(f"pairwise precision {precision:.4f}, recall {recall:.4f}")
    verdict = "PASS" if seconds < TARGET_SECONDS else "FAIL"
    print(f"grouped in {seconds:.2f} s (target < {TARGET_SECONDS} s): {verdict}")
    _groups, screen_seconds = measure(texts[:2000])
    print(f"2,000 comments (one answering screen) in {screen_seconds:.2f} s")
    if options.screen:
        answering_screen(texts[:2000])


def answering_screen(texts):
    """The answering screen of a closed consultation with ``texts`` as the
    comments on its first article, as an editor opens it."""
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.tests.factories import UserFactory, editor
    from bench import content
    from consultations.models import Comment
    from consultations.tests.factories import ConsultationIndexPageFactory, ConsultationPageFactory

    with content.test_database():
        index = ConsultationIndexPageFactory(parent=content.home())
        page = ConsultationPageFactory(parent=index, closed=True)
        part = page.parts()[0]
        authors = [UserFactory() for _author in range(50)]
        Comment.objects.bulk_create(
            Comment(
                consultation=page,
                author=authors[number % len(authors)],
                part_id=part.id,
                part_label=part.value["label"],
                text=text,
            )
            for number, text in enumerate(texts)
        )
        client = Client()
        client.force_login(editor())
        url = f"/admin/answers/{page.pk}/"
        client.get(url)
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        seconds = time.perf_counter() - started
        html = response.content.decode()
        groups = html.count('class="answering-group"')
        print(
            f"answering screen, {len(texts)} comments on one article: {response.status_code} "
            f"in {seconds:.2f} s, {len(queries)} queries, {len(html) // 1024} KiB, "
            f"{groups} groups shown"
        )


if __name__ == "__main__":
    main()
