// Checks the API's OpenAPI document, as spec/23-openapi_spec.lua runs it:
//   node scripts/openapi-check.mjs <document.json> [<samples.json>]
// The document must be valid OpenAPI 3.1 (the official schema, with every
// $ref resolving). Each sample, {"method", "path", "status", "body"} as the
// API really answered, must match the schema the document gives that
// operation and status: the document describes what the API does.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";

const [documentFile, samplesFile] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentFile, "utf8"));

const validator = new Validator();
const result = await validator.validate(document);
if (!result.valid) {
  console.error(`not valid OpenAPI ${validator.version}:`, JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
validator.resolveRefs(); // throws when a $ref points nowhere
console.log(`valid OpenAPI ${validator.version}: ${Object.keys(document.paths).length} paths`);

if (samplesFile) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const samples = JSON.parse(readFileSync(samplesFile, "utf8"));
  let failures = 0;
  for (const sample of samples) {
    const where = `${sample.method.toUpperCase()} ${sample.path} ${sample.status}`;
    const response = document.paths[sample.path]?.[sample.method]?.responses?.[String(sample.status)];
    if (!response) {
      console.error(`${where}: not in the document`);
      failures++;
      continue;
    }
    const schema = response.content?.["application/json"]?.schema;
    if (sample.body === undefined || sample.body === null) {
      if (schema) { console.error(`${where}: the document promises a JSON body, none came`); failures++; }
      continue;
    }
    if (!schema) {
      console.error(`${where}: a JSON body came, the document promises none`);
      failures++;
      continue;
    }
    const check = ajv.compile({ ...schema, components: document.components });
    if (!check(sample.body)) {
      console.error(`${where}: ${ajv.errorsText(check.errors)}\n  body: ${JSON.stringify(sample.body).slice(0, 300)}`);
      failures++;
    }
  }
  console.log(`${samples.length - failures} of ${samples.length} answers match the document`);
  if (failures > 0) process.exit(1);
}
