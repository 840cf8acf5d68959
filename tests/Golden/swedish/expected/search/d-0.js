BroadsheetSearch.load("d-0",[
["","","20 maj 1931","Den 14 maj 1931 gick ett demonstrationståg mot Lunde, där strejkbrytare var inkvarterade. Militär hade kallats in, och när tåget nådde fram öppnade soldaterna eld. Fem människor dog. Händelsen blev en vändpunkt i svensk arbetsmarknadspolitik."],
["","","20 maj 1931","Vi som skriver har arbetat vid sågverken i trettio år, och vi vet vad “ordning” brukar betyda."],
["","","25 juni 1879","Sommaren 1879 lade tusentals sågverksarbetare runt Sundsvall ned arbetet sedan lönerna sänkts. Det var den första stora strejken i Sverige."]]);
