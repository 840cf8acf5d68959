BroadsheetSearch.load("index",{"version":1,"stem":true,"positions":true,"count":1,"chunk":50,"minYear":2019,
"sections":[["news","News"]],
"topics":[["housing","Housing"]],
"authors":[["lee-park","Lee Park"]],
"shards":[""],
"docs":"!##!#!",
"lengths":"-",
"titles":["Tenants win repairs"],
"paths":["2019/04/tenants-win-repairs"]});
