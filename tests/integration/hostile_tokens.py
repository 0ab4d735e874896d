#!/usr/bin/python3
"""The rows of hostile.sh: hostile_tokens.py PKI DIR writes, for each row,
the bytes the user types (DIR/<id>.ans, one answer a line, raw: NUL and
non-ASCII bytes included, since no shell variable can hold a NUL) and
prints one line "<id>|<expected PAM code>|<PAM user>|<description>".

Tokens are signed with the stand-in API server's trusted keys wherever the
row is about content, so that a refusal proves the module (or the server)
judged the content, not a bad signature. Exactly the rows marked
PAM_SUCCESS are valid tokens for their user."""

import hashlib
import hmac
import importlib.util
import json
import os
import sys
import time
import uuid

from cryptography.hazmat.primitives import serialization

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "k8sfake.py")
spec = importlib.util.spec_from_file_location("k8sfake", FIXTURE)
k8sfake = importlib.util.module_from_spec(spec)
spec.loader.exec_module(k8sfake)
b64u, cjson = k8sfake.b64u, k8sfake.cjson

PKI, OUT = sys.argv[1], sys.argv[2]
EC = k8sfake.load_key(PKI, "sa-ec.key")
RSA = k8sfake.load_key(PKI, "sa-rsa.key")
NOW = int(time.time())
NS63 = "n" * 63                          # a namespace at Kubernetes' limit
# A service-account name (DNS-1123 subdomain) that makes demo_<sa> exactly
# 255 bytes, the longest local name; one more byte is too long.
SA250 = ("a" * 62 + ".") * 3 + "a" * 61   # 250 bytes
SA251 = ("a" * 62 + ".") * 3 + "a" * 62   # 251 bytes
assert len(SA250) == 250 and len(SA251) == 251

rows = []


def claims(ns="demo", sa="debugger", **over):
    c = {"aud": ["k8s-login"], "exp": NOW + 600, "iat": NOW,
         "iss": k8sfake.DEFAULT_ISSUER, "jti": str(uuid.uuid4()),
         "kubernetes.io": {"namespace": ns,
                           "pod": {"name": "debug-pod", "uid": k8sfake.pod_uid_for(ns, "debug-pod")},
                           "serviceaccount": {"name": sa, "uid": k8sfake.sa_uid_for(ns, sa)}},
         "nbf": NOW, "sub": "system:serviceaccount:%s:%s" % (ns, sa)}
    c.update(over)
    return c


def header(alg="ES256", key=None, **over):
    h = {"alg": alg, "kid": k8sfake.key_id((key or (RSA if alg == "RS256" else EC)).public_key())}
    h.update(over)
    return h


def raw(obj):
    return obj if isinstance(obj, bytes) else cjson(obj).encode()


def sign(hdr=None, payload=None, alg="ES256"):
    """A token signed by a trusted key over exactly these header and
    payload bytes (objects are written as compact JSON)."""
    h = b64u(raw(hdr if hdr is not None else header(alg)))
    p = b64u(raw(payload if payload is not None else claims()))
    si = (h + "." + p).encode()
    return si + b"." + b64u(k8sfake.jws_sign(RSA if alg == "RS256" else EC, alg, si)).encode()


def row(expected, desc, answer, user="demo_debugger", why=None, why_jwks=None):
    """answer: the token (bytes), or a list of answer lines. why: the
    reason the module logs for it (why_jwks: in validation = jwks, where
    it differs); a valid token's is the mode's own. Written to <id>.why,
    a line a mode: tokenreview, then jwks."""
    lines = answer if isinstance(answer, list) else [answer]
    rid = "%03d" % (len(rows) + 1)
    with open(os.path.join(OUT, rid + ".ans"), "wb") as f:
        f.write(b"".join(line + b"\n" for line in lines))
    if expected == "PAM_SUCCESS":
        assert why is None
        why, why_jwks = "authenticated by the API server", "signature and claims verified offline against the key set"
    elif why is NO_MAP:
        # The log shows at most 64 bytes of a user name, a newline as \x0a.
        shown = user[:64].replace("\n", "\\x0a") + ("..." if len(user) > 64 else "")
        why = "user %s does not map to a service account through user_format" % shown
    assert why and "\n" not in why + (why_jwks or "")
    with open(os.path.join(OUT, rid + ".why"), "w") as f:
        f.write("%s\n%s\n" % (why, why_jwks or why))
    assert "|" not in desc and "\\" not in user
    # A newline in a user name is written \n, for printf %b.
    rows.append("%s|%s|%s|%s" % (rid, expected, user.replace("\n", "\\n"), desc))


OK, DENY, UNKNOWN = "PAM_SUCCESS", "PAM_AUTH_ERR", "PAM_USER_UNKNOWN"
# The reasons the module logs (lib/ words them; the stand-in API server
# words its refusals after REVIEW_REFUSED).
MAL = "malformed token: "
ALG = "refused algorithm %s (expected RS256/384/512 or ES256/384/512)"
NOT_B64 = MAL + "a byte outside base64url and '.'"
NOT_JSON = MAL + "payload is not JSON without duplicate keys"
TOO_LONG = "token longer than 16384 bytes at part 1 (Authentication failure)"
EMPTY = "empty token (Authentication failure)"
SUB_SHAPE = "not a service-account token: sub is not system:serviceaccount:<namespace>:<name>"
REVIEW_REFUSED = "API server refused the token: invalid bearer token, "
NO_MAP = object()  # the user does not map: the reason names the user
KID_EC = k8sfake.key_id(EC.public_key())
KID_RSA2 = k8sfake.key_id(k8sfake.load_key(PKI, "sa-rsa2.key").public_key())
good = sign()
h64, p64, s64 = good.split(b".")

# --- valid tokens (each is the twin of the refusals that follow) ----------
row(OK, "valid ES256 token", good)
row(OK, "valid RS256 token", sign(alg="RS256"))
row(OK, "valid, aud lists another audience first", sign(payload=claims(aud=["other", "k8s-login"])))
row(OK, "valid, namespace of 63 bytes (the limit)",
    sign(payload=claims(ns=NS63)), user=NS63 + "_debugger")
row(OK, "valid, a 250-byte account name: a 255-byte local name (the limit)",
    sign(payload=claims(sa=SA250)), user="demo_" + SA250)
pad = claims()
pad["x-pad"] = ""
while len(sign(payload=pad)) < 16384:
    pad["x-pad"] += "x" * max(1, (16384 - len(sign(payload=pad))) * 3 // 4)
while len(sign(payload=pad)) > 16384:
    pad["x-pad"] = pad["x-pad"][:-1]
at_limit = sign(payload=pad)
assert len(at_limit) == 16384, len(at_limit)
row(OK, "valid token of exactly 16384 bytes (the limit)", at_limit)
# A PAM answer is a C string: the module sees the bytes before the NUL,
# which are the whole valid token; what follows never reaches it.
row(OK, "valid token, then a NUL and junk (the conversation ends at the NUL)",
    good + b"\0garbage")

# --- algorithm and key tricks ---------------------------------------------
row(DENY, "alg none, empty signature", b64u(raw(header("none"))).encode() + b"." + p64 + b".", why=MAL + "an empty part (unsigned tokens are refused)")
row(DENY, "alg none, with the real signature", b64u(raw(header("none"))).encode() + b"." + p64 + b"." + s64, why=ALG % "none")
row(DENY, "alg None (case)", sign(hdr=header("None")), why=ALG % "None")
row(DENY, "alg es256 (lower case)", sign(hdr=header("es256")), why=ALG % "es256")
pem = RSA.public_key().public_bytes(serialization.Encoding.PEM,
                                    serialization.PublicFormat.SubjectPublicKeyInfo)
hs_in = b64u(raw(header("HS256"))).encode() + b"." + p64
row(DENY, "HS256 keyed with the RSA public key (key confusion)",
    hs_in + b"." + b64u(hmac.new(pem, hs_in, hashlib.sha256).digest()).encode(), why=ALG % "HS256")
row(DENY, "alg missing", sign(hdr={"kid": header()["kid"]}), why=ALG % "(none)")
row(DENY, "alg a number", sign(hdr=header(256)), why=ALG % "(none)")
row(DENY, "ES256 header over an RS256 signature", sign(hdr=header("ES256"), alg="RS256"), why=REVIEW_REFUSED + "square/go-jose: error in cryptographic primitive",
    why_jwks="bad signature (key %s, ES256)" % KID_EC)
row(DENY, "signed by a key the cluster does not trust",
    (lambda k: (lambda si: si + b"." + b64u(k8sfake.jws_sign(k, "RS256", si)).encode())(
        b64u(raw(header("RS256", key=k))).encode() + b"." + p64))(k8sfake.load_key(PKI, "sa-rsa2.key")), why=REVIEW_REFUSED + "square/go-jose: error in cryptographic primitive",
    why_jwks="no key with kid %s in the key set" % KID_RSA2)
row(DENY, "embedded jwk header", sign(hdr=header(jwk={"kty": "EC"})), why="refused header parameter jwk")
row(DENY, "jku header", sign(hdr=header(jku="https://127.0.0.1/keys")), why="refused header parameter jku")
row(DENY, "crit header", sign(hdr=header(crit=["exp"])), why="refused header parameter crit")
row(DENY, "typ JWE", sign(hdr=header(typ="JWE")), why=MAL + "typ is not JWT")
row(DENY, "header is an array", sign(hdr=b"[1]"), why=MAL + "header is not a JSON object")

# --- truncated, over-long and extra parts ----------------------------------
row(DENY, "no signature part", h64 + b"." + p64, why=MAL + "not three dot-separated parts")
row(DENY, "signature cut by one byte", good[:-1], why=REVIEW_REFUSED + "malformed JWS", why_jwks="bad signature (key %s, ES256)" % KID_EC)
row(DENY, "cut in half", good[:len(good) // 2], why=MAL + "not three dot-separated parts")
row(DENY, "four parts", good + b"." + s64, why=MAL + "not three dot-separated parts")
row(DENY, "five parts (JWE shape)", b".".join([h64, p64, s64, s64, s64]), why=MAL + "not three dot-separated parts")
row(DENY, "16385 bytes (one over the limit)", at_limit + b"A", why=TOO_LONG)
big = claims()
big["x-big"] = "x" * (1 << 20)
row(DENY, "1 MiB claim", sign(payload=big), why=TOO_LONG)
row(DENY, "only dots", b"..", why=MAL + "an empty part (unsigned tokens are refused)")
row(DENY, "empty answer", b"", why=EMPTY)

# --- bytes that are not base64url ----------------------------------------
row(DENY, "NUL in the middle", good[:100] + b"\0" + good[100:], why=MAL + "not three dot-separated parts")
row(DENY, "NUL first", b"\0" + good, why=EMPTY)
row(DENY, "a UTF-8 letter in the payload part", h64 + b"." + p64[:10] + "é".encode() + p64[10:] + b"." + s64, why=NOT_B64)
row(DENY, "a 0xff byte", good[:50] + b"\xff" + good[51:], why=NOT_B64)
row(DENY, "base64 padding on the header", h64 + b"=." + p64 + b"." + s64, why=NOT_B64)
import base64  # noqa: E402 (standard alphabet for the next row only)
std = base64.b64encode(raw(claims(x="\xff\xfe\xfd>>>???"))).rstrip(b"=")
assert b"+" in std or b"/" in std
row(DENY, "payload in the standard alphabet (+ and /)", h64 + b"." + std + b"." + s64, why=NOT_B64)
row(DENY, "a trailing carriage return (CRLF client)", good + b"\r", why=NOT_B64)
row(DENY, "a leading space", b" " + good, why=NOT_B64)
row(DENY, "a space inside", good[:60] + b" " + good[60:], why=NOT_B64)

# --- JSON that is legal somewhere, not here ---------------------------------
dup = cjson(claims())[:-1] + ',"sub":"system:serviceaccount:demo:other"}'
row(DENY, "duplicate sub key (last wins in Go and Python)", sign(payload=dup.encode()), why=NOT_JSON)
row(DENY, "duplicate alg key in the header",
    sign(hdr=(cjson(header())[:-1] + ',"alg":"none"}').encode()), why=MAL + "header is not JSON without duplicate keys")
row(DENY, "exp as a string", sign(payload=claims(exp=str(NOW + 600))), why=MAL + "claim exp is not a whole number")
row(DENY, "iat as a float", sign(payload=claims(iat=NOW + 0.5)), why=MAL + "claim iat is not a whole number")
row(DENY, "exp past year 9999", sign(payload=claims(exp=10 ** 20)), why=NOT_JSON)
row(DENY, "negative exp", sign(payload=claims(exp=-1)), why=MAL + "claim exp is out of range")
row(DENY, "aud a number", sign(payload=claims(aud=7)), why="token audience is not one of the configured audiences")
row(DENY, "nested arrays 5000 deep, within 16 KiB (depth bomb)",
    sign(payload=cjson(claims())[:-1].encode() + b',"x":' + b"[" * 5000 + b"]" * 5000 + b"}"), why=NOT_JSON)
row(DENY, "payload is JSON null", sign(payload=b"null"), why=NOT_JSON)
row(DENY, "payload not JSON", sign(payload=b"{sub: demo}"), why=NOT_JSON)

# --- names ------------------------------------------------------------------
row(DENY, "sub system:serviceaccount:demo:debugger:x (extra colon)",
    sign(payload=claims(sub="system:serviceaccount:demo:debugger:x")), why=SUB_SHAPE)
row(DENY, "sub system:serviceaccount:a:b:c", sign(payload=claims(ns="a", sa="b", sub="system:serviceaccount:a:b:c")), why=SUB_SHAPE)
row(DENY, "upper-case namespace Demo", sign(payload=claims(ns="Demo")), why=SUB_SHAPE)
row(DENY, "look-alike namespace (Cyrillic e)", sign(payload=claims(ns="d\u0435mo")), why=SUB_SHAPE)
row(DENY, "namespace of 64 bytes", sign(payload=claims(ns="n" * 64)), why=SUB_SHAPE)
row(DENY, "account name of 254 bytes", sign(payload=claims(sa=SA251 + "bbb")), why=SUB_SHAPE)
row(DENY, "account name with ..", sign(payload=claims(sa="debugger..x")), why=SUB_SHAPE)
row(DENY, "account name with a slash", sign(payload=claims(sa="debug/ger")), why=SUB_SHAPE)
row(DENY, "account name with a newline", sign(payload=claims(sa="debugger\nroot")), why=SUB_SHAPE)
row(DENY, "a human user as sub", sign(payload=claims(sub="alice")), why=SUB_SHAPE)
row(DENY, "a node as sub", sign(payload=claims(sub="system:node:worker-1")), why=SUB_SHAPE)
row(DENY, "kubernetes.io namespace disagrees with sub",
    sign(payload=claims(**{"kubernetes.io": claims(ns="ci")["kubernetes.io"]})), why=MAL + "namespace and service account claims disagree with sub")
row(DENY, "demo:debugger token for user demo_other", good, user="demo_other", why="token is for demo/debugger, not for user demo_other")
row(UNKNOWN, "user with a slash", good, user="demo/debugger", why=NO_MAP)
row(UNKNOWN, "user demo_.. (dots)", good, user="demo_..", why=NO_MAP)
row(UNKNOWN, "user with a colon", good, user="demo:debugger", why=NO_MAP)
row(UNKNOWN, "user with a newline", good, user="demo_debugger\nroot", why=NO_MAP)
row(UNKNOWN, "user in upper case", good, user="DEMO_DEBUGGER", why=NO_MAP)
row(UNKNOWN, "user of a 256-byte local name (one over)", sign(payload=claims(sa=SA251)),
    user="demo_" + SA251, why=NO_MAP)
row(UNKNOWN, "user of a 64-byte namespace", good, user="n" * 64 + "_debugger", why=NO_MAP)
row(UNKNOWN, "user the full Kubernetes name", good, user="system:serviceaccount:demo:debugger", why=NO_MAP)

print("\n".join(rows))
