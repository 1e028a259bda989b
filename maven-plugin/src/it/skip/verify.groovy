// -Dsagelint.skip: the goal runs, says so, and neither lints nor writes anything.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sagelint: skipped (sagelint.skip)')
assert !log.contains('[SM105]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/sagelint').exists()
