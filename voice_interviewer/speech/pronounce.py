"""How the synthesisers should say the field's jargon.

espeak-ng (behind pyttsx3, the ``espeak-ng`` voice, and Piper's phonemiser alike) reads some terms
the way no engineer says them, so the interviewer would ask about "kyoo-bee-flow" and the spoken
fixtures would stand in for a candidate nobody has met. Checked with ``espeak-ng -x``:

=========  ====================  ==================
term       espeak-ng says         respelled as
=========  ====================  ==================
Kubeflow   kyoo-bi-flow          Kube flow
kubectl    kyoo-bektl            kube control
CUDA       kyoo-da               kooda
ONNX       onnks                 onyx
AWS        awes (on its own)     A.W.S
EC2        eck two (on its own)  E C 2
AKS        acks                  A.K.S
IAM        eeam                  I.A.M
PSI        sigh                  P.S.I
AUC        awk                   A.U.C
=========  ====================  ==================

Only whole words with this exact spelling are respelled ("Cuda" in a name stays as it is). Letters
are joined by dots without a final one: espeak-ng then spells them ("A W S" starts with the article
"uh"), and a sentence's own full stop is not doubled.
"""

from __future__ import annotations

import re

__all__ = ["RESPELLINGS", "respell"]

RESPELLINGS: dict[str, str] = {
    "Kubeflow": "Kube flow",
    "kubectl": "kube control",
    "CUDA": "kooda",
    "ONNX": "onyx",
    "AWS": "A.W.S",
    "EC2": "E C 2",
    "AKS": "A.K.S",
    "IAM": "I.A.M",
    "PSI": "P.S.I",
    "AUC": "A.U.C",
}

_WORD_RE = re.compile(r"(?<![\w.])(" + "|".join(map(re.escape, sorted(RESPELLINGS, key=len, reverse=True))) + r")(?![\w])")


def respell(text: str) -> str:
    """``text`` with the jargon respelled for a synthesiser (what is shown on screen is unchanged)."""
    return _WORD_RE.sub(lambda m: RESPELLINGS[m.group(1)], text)
