// A two-module reactor built with -T 2: each module lints its own specs, names files relative to
// itself, finds the root's .sagelint.yaml (fail-on: none) and writes its own reports.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('@threadSafe') : 'Maven warns about mojos that are not thread-safe'
def lines = log.readLines()
assert lines.count { it.startsWith('[ERROR] src/main/sagemaker/model.yaml:2:12 [SM105] ') } == 1
assert lines.count { it.startsWith('[ERROR] src/main/sagemaker/endpoint-config.json:8:31 [SM108] ') } == 1
// The aggregator has no specs of its own.
assert log.contains('[INFO] sagelint: no source directories, nothing to lint')
assert log.contains('BUILD SUCCESS')
assert !log.contains('SLF4J')

['model-a': 'src/main/sagemaker/model.yaml', 'endpoint-b': 'src/main/sagemaker/endpoint-config.json'].each { module, file ->
  def dir = new File(basedir, "$module/target/sagelint")
  // -Dsagelint.formats=json,junit (from test.properties): a comma-separated list property works.
  assert dir.list().sort() == ['sagelint-junit.xml', 'sagelint.json'] : "$module: ${dir.list()}"
  def json = new JsonSlurper().parse(new File(dir, 'sagelint.json'))
  assert json.findings*.file == [file] : "$module: ${json.findings}"
}
assert !new File(basedir, 'target/sagelint').exists()
