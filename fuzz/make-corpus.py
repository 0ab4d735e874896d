#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/:
tokens minted by tests/fixtures/k8sfake.py (a throwaway PKI), TokenReview
answers shaped by k8sfake's own builders (every lying mode included), the
shipped config and the unit tests' config lines, and the unit tests' name
strings. Run it again after the fixtures or unit tables change; commit
the result. Files are named by their SHA-1, as libFuzzer names its own."""

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(TOP, "tests", "fixtures", "k8sfake.py")
OUT = os.path.join(TOP, "fuzz", "corpus")

spec = importlib.util.spec_from_file_location("k8sfake", FIXTURE)
k8sfake = importlib.util.module_from_spec(spec)
spec.loader.exec_module(k8sfake)


def c_literals(path, pattern=r'\{\s*"((?:[^"\\]|\\.)*)"'):
    """The first string of each table row in a C file, C escapes decoded."""
    with open(path) as f:
        text = f.read()
    out = []
    for lit in re.findall(pattern, text, re.M):
        out.append(lit.encode("latin-1").decode("unicode_escape").encode("latin-1"))
    return out


def write(target, seeds):
    d = os.path.join(OUT, target)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for s in seeds:
        with open(os.path.join(d, hashlib.sha1(s).hexdigest()), "wb") as f:
            f.write(s)
    print("%s: %d seeds" % (target, len(set(seeds))))


def tokens(pki):
    variants = [[], ["--alg", "RS256"], ["--legacy"], ["--no-exp"], ["--aud-string", "k8s-login"],
                ["--header-extra", '{"typ":"JWT"}'], ["--no-pod", "--no-jti"],
                ["--ns", "ci", "--sa", "a.b.c"], ["--alg", "RS256", "--pad-to", "1500"],
                ["--exp-in", "-120"], ["--extra", '{"kubernetes.io":{"namespace":"x"}}']]
    out = []
    for v in variants:
        tok = subprocess.run([sys.executable, FIXTURE, "mint", "--pki", pki] + v, check=True,
                             capture_output=True, text=True).stdout.strip()
        out.append(tok.encode())
    return out


def answers():
    user = k8sfake.sa_user("demo", "debugger", k8sfake.sa_uid_for("demo", "debugger"))
    user["extra"] = {"authentication.kubernetes.io/pod-name": ["debug-pod"],
                     "authentication.kubernetes.io/pod-uid": ["0b5f-11"],
                     "authentication.kubernetes.io/credential-id": ["JTI=abc"]}
    good = {"authenticated": True, "user": user, "audiences": ["k8s-login"]}
    out = [k8sfake.cjson(k8sfake.review_object(["k8s-login"], good)).encode(),
           k8sfake.cjson(k8sfake.review_object(["k8s-login"], {"error": "token expired"})).encode(),
           k8sfake.cjson(k8sfake.review_object([], {})).encode(),
           k8sfake.status_json(401, "Unauthorized", "Unauthorized"),
           b"[]", b"{}", b"<html>oops</html>"]
    for mode in sorted(k8sfake.LYING_MODES):
        obj = k8sfake.review_object(["k8s-login"], k8sfake.lying_status(mode, user, ["k8s-login"]))
        out.append(k8sfake.cjson(obj).encode())
    return [a if isinstance(a, bytes) else a.encode() for a in out]


def configs():
    with open(os.path.join(TOP, "configs", "k8s-login.conf"), "rb") as f:
        shipped = f.read()
    base = b"\n".join(c_literals(os.path.join(TOP, "tests", "unit", "test_config.c"),
                                 r'^\s*"([^"\n]*)",\s*$'))
    lines = [b"api_server = https://127.0.0.1:6443", b"reviewer_token_file = /r",
             b"audiences = k8s-login, other", b"allow_namespaces = demo, ci-*"]
    extras = [b"user_format = %n+%s", b"allow_service_accounts = demo:*", b"timeout = 60",
              b"uid_min = 1000\nuid_max = 999", b"validation = jwks\nissuer = https://i\n"
              b"jwks_file = /j", b"cache_ttl = 0", b"allow_legacy_tokens = yes"]
    return [shipped, base] + [b"\n".join(lines + [e]) + b"\n" for e in extras]


def names():
    lits = c_literals(os.path.join(TOP, "tests", "unit", "test_names.c"))
    out = [b"system:serviceaccount:demo:debugger\0demo_debugger\0%n_%s",
           b"system:serviceaccount:a:b:c\0a_b_c\0%n@%s",
           b"system:node:x\0ci_runner\0k8s-%n~%s"]
    for lit in lits[:120]:
        out.append(b"system:serviceaccount:" + lit + b":sa\0" + lit + b"_x\0%n_%s")
        out.append(b"system:serviceaccount:ns:" + lit + b"\0ns_" + lit + b"\0" + lit)
    return out


def main():
    pki = tempfile.mkdtemp(prefix="k8s-login-corpus.")
    try:
        subprocess.run([sys.executable, FIXTURE, "pki", pki + "/pki"], check=True,
                       capture_output=True)
        write("fuzz_token", tokens(pki + "/pki"))
    finally:
        shutil.rmtree(pki)
    write("fuzz_tokenreview", answers())
    write("fuzz_config", configs())
    write("fuzz_names", names())


if __name__ == "__main__":
    main()
