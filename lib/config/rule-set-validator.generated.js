// Generated from rules.schema.json by scripts/build-validators.mjs; do not edit.
// @ts-nocheck
import func3Module from "ajv/dist/runtime/ucs2length.js";
import func0Module from "ajv/dist/runtime/equal.js";
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://tactful.dev/rules.schema.json","title":"Tactful team rule set","description":"What a team's reply coach flags. Shared by the options page's import and export, `tactful check --rules FILE` and managed deployment.","type":"object","additionalProperties":false,"required":["version"],"properties":{"$schema":{"type":"string"},"version":{"const":1,"description":"Format version; this schema describes version 1."},"name":{"type":"string","maxLength":120,"description":"A label for the rule set, shown on the options page."},"preset":{"enum":["minimal","recommended","strict"],"description":"The starting point: which rules are on before the settings below."},"categories":{"type":"object","description":"Turn whole categories on or off, or change their severity.","propertyNames":{"$ref":"#/definitions/category"},"additionalProperties":{"$ref":"#/definitions/toggle"}},"rules":{"type":"object","description":"Turn single rules on or off, or change their severity; wins over the category setting.","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"$ref":"#/definitions/toggle"}},"phrases":{"type":"array","maxItems":500,"description":"The team's own phrases to avoid, matched word for word (any case, curly or straight apostrophes).","items":{"type":"object","additionalProperties":false,"required":["phrase","category"],"properties":{"phrase":{"type":"string","$ref":"#/definitions/plainText","maxLength":200},"replacement":{"type":"string","maxLength":500,"pattern":"^[^<>]*$"},"category":{"$ref":"#/definitions/category"},"message":{"type":"string","maxLength":300,"pattern":"^[^<>]*$"}}}},"jargon":{"type":"object","additionalProperties":false,"properties":{"extra":{"$ref":"#/definitions/termList","description":"More terms to flag as jargon."},"allowed":{"$ref":"#/definitions/termList","description":"Terms your customers know (product names, plan names); never flagged."}}},"agentMayDisable":{"type":"array","maxItems":100,"uniqueItems":true,"description":"Rule ids or category ids that agents may turn off for themselves.","items":{"anyOf":[{"$ref":"#/definitions/ruleId"},{"$ref":"#/definitions/category"}]}}},"definitions":{"category":{"enum":["missing-empathy","blame-shifting","jargon","overpromise","scripted","dismissive","defensive","policy-hiding","assumption","vague-commitment","not-listening"]},"ruleId":{"enum":["acknowledge-feelings","answer-the-question","no-assumptions","no-blame-shifting","no-defensiveness","no-dismissive-language","no-jargon","no-overpromising","no-policy-hiding","no-repeat-requests","no-scripted-phrases","no-vague-commitments","team-phrases"]},"severity":{"enum":["info","warning","error"]},"toggle":{"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"severity":{"$ref":"#/definitions/severity"}}},"plainText":{"type":"string","minLength":1,"pattern":"^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"},"termList":{"type":"array","maxItems":2000,"uniqueItems":true,"items":{"type":"string","$ref":"#/definitions/plainText","maxLength":100}}}};
const schema12 = {"enum":["missing-empathy","blame-shifting","jargon","overpromise","scripted","dismissive","defensive","policy-hiding","assumption","vague-commitment","not-listening"]};
const schema15 = {"enum":["acknowledge-feelings","answer-the-question","no-assumptions","no-blame-shifting","no-defensiveness","no-dismissive-language","no-jargon","no-overpromising","no-policy-hiding","no-repeat-requests","no-scripted-phrases","no-vague-commitments","team-phrases"]};
const schema16 = {"type":"string","minLength":1,"pattern":"^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = func3Module.default ?? func3Module;
const func0 = func0Module.default ?? func0Module;
const schema13 = {"type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean"},"severity":{"$ref":"#/definitions/severity"}}};
const schema14 = {"enum":["info","warning","error"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "enabled") || (key0 === "severity"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.severity !== undefined){
let data1 = data.severity;
if(!(((data1 === "info") || (data1 === "warning")) || (data1 === "error"))){
const err2 = {instancePath:instancePath+"/severity",schemaPath:"#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"array","maxItems":2000,"uniqueItems":true,"items":{"type":"string","$ref":"#/definitions/plainText","maxLength":100}};
const pattern0 = new RegExp("^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 2000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/plainText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/plainText/pattern",keyword:"pattern",params:{pattern: "^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"},message:"must match pattern \""+"^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/plainText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data0 === "string"){
if(func3(data0) > 100){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const pattern1 = new RegExp("^[^<>]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://tactful.dev/rules.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
if(1 !== data.version){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func3(data2) > 120){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.preset !== undefined){
let data3 = data.preset;
if(!(((data3 === "minimal") || (data3 === "recommended")) || (data3 === "strict"))){
const err6 = {instancePath:instancePath+"/preset",schemaPath:"#/properties/preset/enum",keyword:"enum",params:{allowedValues: schema11.properties.preset.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.categories !== undefined){
let data4 = data.categories;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs10 = errors;
if(!(((((((((((key1 === "missing-empathy") || (key1 === "blame-shifting")) || (key1 === "jargon")) || (key1 === "overpromise")) || (key1 === "scripted")) || (key1 === "dismissive")) || (key1 === "defensive")) || (key1 === "policy-hiding")) || (key1 === "assumption")) || (key1 === "vague-commitment")) || (key1 === "not-listening"))){
const err7 = {instancePath:instancePath+"/categories",schemaPath:"#/definitions/category/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values",propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs10 === errors;
if(!valid1){
const err8 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data4){
if(!(validate11(data4[key2], {instancePath:instancePath+"/categories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/categories",schemaPath:"#/properties/categories/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.rules !== undefined){
let data6 = data.rules;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const _errs16 = errors;
if(!(((((((((((((key3 === "acknowledge-feelings") || (key3 === "answer-the-question")) || (key3 === "no-assumptions")) || (key3 === "no-blame-shifting")) || (key3 === "no-defensiveness")) || (key3 === "no-dismissive-language")) || (key3 === "no-jargon")) || (key3 === "no-overpromising")) || (key3 === "no-policy-hiding")) || (key3 === "no-repeat-requests")) || (key3 === "no-scripted-phrases")) || (key3 === "no-vague-commitments")) || (key3 === "team-phrases"))){
const err10 = {instancePath:instancePath+"/rules",schemaPath:"#/definitions/ruleId/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values",propertyName:key3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid4 = _errs16 === errors;
if(!valid4){
const err11 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key4 in data6){
if(!(validate11(data6[key4], {instancePath:instancePath+"/rules/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.phrases !== undefined){
let data8 = data.phrases;
if(Array.isArray(data8)){
if(data8.length > 500){
const err13 = {instancePath:instancePath+"/phrases",schemaPath:"#/properties/phrases/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.phrase === undefined){
const err14 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/required",keyword:"required",params:{missingProperty: "phrase"},message:"must have required property '"+"phrase"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9.category === undefined){
const err15 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key5 in data9){
if(!((((key5 === "phrase") || (key5 === "replacement")) || (key5 === "category")) || (key5 === "message"))){
const err16 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.phrase !== undefined){
let data10 = data9.phrase;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err17 = {instancePath:instancePath+"/phrases/" + i0+"/phrase",schemaPath:"#/definitions/plainText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern0.test(data10)){
const err18 = {instancePath:instancePath+"/phrases/" + i0+"/phrase",schemaPath:"#/definitions/plainText/pattern",keyword:"pattern",params:{pattern: "^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"},message:"must match pattern \""+"^[^<>\\\\*+{}\\[\\]()|^$]*\\S[^<>\\\\*+{}\\[\\]()|^$]*$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/phrases/" + i0+"/phrase",schemaPath:"#/definitions/plainText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data10 === "string"){
if(func3(data10) > 200){
const err20 = {instancePath:instancePath+"/phrases/" + i0+"/phrase",schemaPath:"#/properties/phrases/items/properties/phrase/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/phrases/" + i0+"/phrase",schemaPath:"#/properties/phrases/items/properties/phrase/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.replacement !== undefined){
let data11 = data9.replacement;
if(typeof data11 === "string"){
if(func3(data11) > 500){
const err22 = {instancePath:instancePath+"/phrases/" + i0+"/replacement",schemaPath:"#/properties/phrases/items/properties/replacement/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern1.test(data11)){
const err23 = {instancePath:instancePath+"/phrases/" + i0+"/replacement",schemaPath:"#/properties/phrases/items/properties/replacement/pattern",keyword:"pattern",params:{pattern: "^[^<>]*$"},message:"must match pattern \""+"^[^<>]*$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/phrases/" + i0+"/replacement",schemaPath:"#/properties/phrases/items/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.category !== undefined){
let data12 = data9.category;
if(!(((((((((((data12 === "missing-empathy") || (data12 === "blame-shifting")) || (data12 === "jargon")) || (data12 === "overpromise")) || (data12 === "scripted")) || (data12 === "dismissive")) || (data12 === "defensive")) || (data12 === "policy-hiding")) || (data12 === "assumption")) || (data12 === "vague-commitment")) || (data12 === "not-listening"))){
const err25 = {instancePath:instancePath+"/phrases/" + i0+"/category",schemaPath:"#/definitions/category/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.message !== undefined){
let data13 = data9.message;
if(typeof data13 === "string"){
if(func3(data13) > 300){
const err26 = {instancePath:instancePath+"/phrases/" + i0+"/message",schemaPath:"#/properties/phrases/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern1.test(data13)){
const err27 = {instancePath:instancePath+"/phrases/" + i0+"/message",schemaPath:"#/properties/phrases/items/properties/message/pattern",keyword:"pattern",params:{pattern: "^[^<>]*$"},message:"must match pattern \""+"^[^<>]*$"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/phrases/" + i0+"/message",schemaPath:"#/properties/phrases/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/phrases/" + i0,schemaPath:"#/properties/phrases/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/phrases",schemaPath:"#/properties/phrases/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.jargon !== undefined){
let data14 = data.jargon;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key6 in data14){
if(!((key6 === "extra") || (key6 === "allowed"))){
const err31 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.extra !== undefined){
if(!(validate14(data14.extra, {instancePath:instancePath+"/jargon/extra",parentData:data14,parentDataProperty:"extra",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data14.allowed !== undefined){
if(!(validate14(data14.allowed, {instancePath:instancePath+"/jargon/allowed",parentData:data14,parentDataProperty:"allowed",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/jargon",schemaPath:"#/properties/jargon/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.agentMayDisable !== undefined){
let data17 = data.agentMayDisable;
if(Array.isArray(data17)){
if(data17.length > 100){
const err33 = {instancePath:instancePath+"/agentMayDisable",schemaPath:"#/properties/agentMayDisable/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
const _errs43 = errors;
let valid15 = false;
const _errs44 = errors;
if(!(((((((((((((data18 === "acknowledge-feelings") || (data18 === "answer-the-question")) || (data18 === "no-assumptions")) || (data18 === "no-blame-shifting")) || (data18 === "no-defensiveness")) || (data18 === "no-dismissive-language")) || (data18 === "no-jargon")) || (data18 === "no-overpromising")) || (data18 === "no-policy-hiding")) || (data18 === "no-repeat-requests")) || (data18 === "no-scripted-phrases")) || (data18 === "no-vague-commitments")) || (data18 === "team-phrases"))){
const err34 = {instancePath:instancePath+"/agentMayDisable/" + i1,schemaPath:"#/definitions/ruleId/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs44 === errors;
valid15 = valid15 || _valid0;
if(!valid15){
const _errs46 = errors;
if(!(((((((((((data18 === "missing-empathy") || (data18 === "blame-shifting")) || (data18 === "jargon")) || (data18 === "overpromise")) || (data18 === "scripted")) || (data18 === "dismissive")) || (data18 === "defensive")) || (data18 === "policy-hiding")) || (data18 === "assumption")) || (data18 === "vague-commitment")) || (data18 === "not-listening"))){
const err35 = {instancePath:instancePath+"/agentMayDisable/" + i1,schemaPath:"#/definitions/category/enum",keyword:"enum",params:{allowedValues: schema12.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs46 === errors;
valid15 = valid15 || _valid0;
}
if(!valid15){
const err36 = {instancePath:instancePath+"/agentMayDisable/" + i1,schemaPath:"#/properties/agentMayDisable/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
}
}
let i2 = data17.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data17[i2], data17[j0])){
const err37 = {instancePath:instancePath+"/agentMayDisable",schemaPath:"#/properties/agentMayDisable/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/agentMayDisable",schemaPath:"#/properties/agentMayDisable/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

