// With failOn=none the build passes, the finding is still logged, and the default reports are
// complete, parseable and agree with the log.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.readLines().count { it.startsWith('[ERROR] src/main/sagemaker/model.yaml:2:12 [SM105] ') } == 1
assert log.contains('BUILD SUCCESS')

def dir = new File(basedir, 'target/sagelint')
// Exactly the three default reports: no second format, no temporary file left by an atomic write.
assert dir.list().sort() == ['sagelint-junit.xml', 'sagelint.json', 'sagelint.sarif']

def json = new JsonSlurper().parse(new File(dir, 'sagelint.json'))
assert json.findings.size() == 1
def f = json.findings[0]
assert [f.file, f.line, f.column, f.rule, f.severity] == ['src/main/sagemaker/model.yaml', 2, 12, 'SM105', 'error']
assert json.summary.errors == 1

def sarif = new JsonSlurper().parse(new File(dir, 'sagelint.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert sarif.runs[0].results.size() == 1
assert result.ruleId == 'SM105'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/sagemaker/model.yaml'
assert result.locations[0].physicalLocation.region.startLine == 2
assert result.locations[0].physicalLocation.region.startColumn == 12

def junit = new XmlSlurper().parse(new File(dir, 'sagelint-junit.xml'))
assert junit.name() == 'testsuites'
assert junit.@failures.text() == '1'
assert junit.testsuite.testcase.failure.@type.text() == 'SM105'

// Nothing was written next to the sources.
def sources = []
new File(basedir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { sources << it.name }
assert sources == ['model.yaml']
