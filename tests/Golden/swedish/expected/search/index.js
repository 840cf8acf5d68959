BroadsheetSearch.load("index",{"version":1,"stem":false,"positions":true,"count":3,"chunk":50,"minYear":1879,
"sections":[["inrikes","Inrikes"],["historia","Historia"]],
"topics":[["strejker","Strejker"]],
"authors":[],
"shards":[""],
"docs":"X$#!!X#!!!$#!!",
"lengths":"G47",
"titles":["Ådalen 1931: skotten i Lunde","Öppet brev till redaktionen","Sundsvallsstrejken 1879"],
"paths":["1931/05/adalen-1931","1931/05/oppet-brev","1879/06/sundsvallsstrejken"]});
