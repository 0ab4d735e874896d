#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/:
tokens minted by tests/fixtures/k8sfake.py (a throwaway PKI), TokenReview
answers shaped by k8sfake's own builders (every lying mode included), the
shipped config and the unit tests' config lines, and the unit tests' name
strings, UID registries and key sets. Run it again after the fixtures or
unit tables change (naming targets to redo only those); commit the result. Files are named by their SHA-1, as libFuzzer names its own."""

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


REGISTRY = (b"# k8s-login UID registry, format 1\n"
            b"u 5001 demo debugger 0b6e2f0a-7f7e-4e86-a3ad-5c1c3e3b9a11 1795903186\n"
            b"g 5002 demo - - 1795903186\n"
            b"r 5003 demo old 11111111-2222-3333-4444-555555555555 1795903190\n"
            b"u 5004 demo old - 1795903190\n"
            b"u 5005 ci-x job-1 - 1795903200\n"
            b"g 5006 ci-x - - 1795903200\n")


def registries():
    rows = c_literals(os.path.join(TOP, "tests", "unit", "test_registry.c"))
    return [REGISTRY] + [r for r in rows if r.startswith((b"u ", b"g ", b"r ", b"#", b"\n"))]


def key_sets(pki):
    out = []
    for keys in ("rsa,ec", "rsa", "ec", "rsa2,ec"):
        out.append(subprocess.run([sys.executable, FIXTURE, "jwks", "--pki", pki, "--keys", keys],
                                  check=True, capture_output=True).stdout)
    with open(os.path.join(pki, "jwks.json"), "rb") as f:
        good = json.load(f)
    for key in good["keys"]:
        for field in list(key):
            broken = dict(key)
            del broken[field]
            out.append(json.dumps({"keys": [broken, key]}).encode())
        out.append(json.dumps({"keys": [dict(key, use="enc")]}).encode())
        out.append(json.dumps({"keys": [dict(key, alg="HS256")]}).encode())
    return out + [b'{"keys":[]}', b"{}", b"[]", b'{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}']


def nss_inputs():
    names_ = [b"demo_debugger", b"demo_old", b"ci-x_job-1", b"k8s_demo", b"k8s", b"k8s_ci-x",
              b"demo_never", b"Demo_x", b"demo_a/b", b"", b"kube-system_default"]
    regs = [REGISTRY, b"", b"garbage\n", REGISTRY + b"u 5001 demo twice - 1\n"]
    return [r + b"\0" + n for r in regs for n in names_]


TARGETS = {
    "fuzz_tokenreview": answers, "fuzz_config": configs, "fuzz_names": names,
    "fuzz_registry": registries, "fuzz_nss": nss_inputs,
}


def main():
    """make-corpus.py [TARGET...]: all targets, or only those named."""
    want = set(sys.argv[1:]) or set(TARGETS) | {"fuzz_token", "fuzz_jwks"}
    pki = tempfile.mkdtemp(prefix="k8s-login-corpus.")
    try:
        subprocess.run([sys.executable, FIXTURE, "pki", pki + "/pki"], check=True,
                       capture_output=True)
        if "fuzz_token" in want:
            write("fuzz_token", tokens(pki + "/pki"))
        if "fuzz_jwks" in want:
            write("fuzz_jwks", key_sets(pki + "/pki"))
    finally:
        shutil.rmtree(pki)
    for name, make in TARGETS.items():
        if name in want:
            write(name, make())


if __name__ == "__main__":
    main()
