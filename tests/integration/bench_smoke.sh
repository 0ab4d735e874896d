scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
!scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
`scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
`scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
`scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
`scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Qscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Zscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
?scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
<scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Qscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
>scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
?scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Qscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
<scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
?scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
@scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
%scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
zscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
3scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
4scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
5scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
!scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
!scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
~scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
=scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
@scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
@scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
4scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
6scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
jscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
fscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
4scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
{scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
1scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
+scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
2scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
}scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
^scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
#scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
:scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
,scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
uscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
xscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
yscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
(scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
vscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
mscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
kscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
8scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
sscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
gscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
\scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Zscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
zscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
0scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
9scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
*scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
'scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
Tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
/scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
bscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
.scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
|scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
wscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
iscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
lscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
rscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
[scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
-scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
]scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
&scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
cscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
hscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
$scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
;scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
 scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
)scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
"scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
tscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
ascratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
pscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
_scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
dscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
oscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
nscratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
escratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"

scratch > "$T/scratch.after"
expect "the bench removed its scratch directory under /var/tmp" "" \
        "$(comm -13 "$T/scratch.before" "$T/scratch.after")"
