// A clean project passes: both specs linted, the two other files skipped without a word.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sagelint: 4 files checked, 2 of them not SageMaker specs, 0 errors, 0 warnings, 0 info')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\]/) : 'a clean project logs no errors or warnings'
assert !log.contains('application.yaml') && !log.contains('fixture-broken.json') : 'non-specs are skipped quietly'
// networknt logs through SLF4J: Maven's own binding must take it, with no "SLF4J:" complaints.
assert !log.contains('SLF4J')
// Default reports, and nothing written next to the sources.
['sagelint.json', 'sagelint.sarif', 'sagelint-junit.xml'].each {
  assert new File(basedir, "target/sagelint/$it").isFile()
}
def sources = []
new File(basedir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { sources << it.path }
assert sources.size() == 4 : "src/ changed: $sources"
